var i {.volatile.}: uint64 = 0
while true:
  i = i + 1
