local a, b = io.read("n", "n")
io.stderr:write("debug\n")
print(a + b)
