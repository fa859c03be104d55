# 1024 strings of 1 MiB, each filled (every page written), all kept alive in a seq
var blocks: seq[string] = @[]
for i in 0 ..< 1024:
  var b = newString(1 shl 20)
  for j in 0 ..< b.len:
    b[j] = char(65 + i mod 26)
  blocks.add b
echo blocks.len
