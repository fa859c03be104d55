local a, b = io.read("n", "n")
if a > 0 then
  print(a + b)
