main :: IO ()
main = do
  let xs = [] :: [Int]
  print (head xs)   -- Prelude.head: empty list -> exit code 1
