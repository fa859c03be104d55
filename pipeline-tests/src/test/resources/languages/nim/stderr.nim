import strutils

let p = stdin.readLine.splitWhitespace
stderr.writeLine "debug"
echo parseBiggestInt(p[0]) + parseBiggestInt(p[1])
