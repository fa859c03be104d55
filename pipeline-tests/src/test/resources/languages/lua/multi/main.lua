local util = require("util")
local a, b = io.read("n", "n")
print(util.add(a, b))
