local s = 0
for line in io.lines() do
  local x = tonumber(line)
  if x then s = s + x end
end
print(s)
