import os
var s: seq[int] = @[]
let i = paramCount() + 5
echo s[i]   # IndexDefect (bounds checks stay on with -d:release) -> exit code 1
