a, b = gets.split.map(&:to_i)
if a > 0
  puts a + b
