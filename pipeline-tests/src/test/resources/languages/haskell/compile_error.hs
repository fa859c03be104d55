main :: IO ()
main = do
  let x = 1 + "two" :: Int
  print (x + undefinedName)
