import strutils

var sum: int64 = 0
for line in stdin.lines:
  for w in line.splitWhitespace:
    sum += parseBiggestInt(w)
echo sum
