-- keep ~1 GiB of distinct 1 MiB strings alive
local t = {}
local block = string.rep("x", 1048576 - 16)
for i = 1, 1024 do
  t[#t + 1] = block .. string.format("%016d", i)
end
print(#t)
