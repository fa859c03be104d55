import qualified Data.ByteString.Char8 as B

-- 1024 strict ByteStrings of 1 MiB each (memset when created), all kept alive in a list
main :: IO ()
main = do
  let go acc i
        | i > 1024 = return acc
        | otherwise = do
            let b = B.replicate (1024 * 1024) (toEnum (65 + i `mod` 26))
            b `seq` go (b : acc) (i + 1 :: Int)
  bs <- go [] 1
  print (sum (map B.length bs))
