import strutils
import helper

let p = stdin.readLine.splitWhitespace
echo add(parseBiggestInt(p[0]), parseBiggestInt(p[1]))
