a, b = gets.split.map(&:to_i)
$stderr.puts "debug"
puts a + b
