import System.IO

main :: IO ()
main = do
  [a, b] <- map read . words <$> getLine
  hPutStrLn stderr "debug"
  print (a + b :: Integer)
