import qualified Data.ByteString.Char8 as B
import Data.Char (isSpace)
import Data.List (unfoldr)

main :: IO ()
main = do
  s <- B.getContents
  let xs = unfoldr (B.readInt . B.dropWhile isSpace) s
  print (sum (map fromIntegral xs) :: Integer)
