local a, b = io.read("n", "n")
local t = nil
print(t.field + a + b)  -- attempt to index a nil value: uncaught error, exit 1
