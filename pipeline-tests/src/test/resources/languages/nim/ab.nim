import strutils

let p = stdin.readLine.splitWhitespace
echo parseBiggestInt(p[0]) + parseBiggestInt(p[1])
