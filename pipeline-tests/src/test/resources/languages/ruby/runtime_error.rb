a, b = gets.split.map(&:to_i)
puts a / 0   # ZeroDivisionError, exit 1
