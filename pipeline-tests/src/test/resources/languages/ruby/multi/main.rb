require_relative 'helper'
a, b = gets.split.map(&:to_i)
puts Helper.add(a, b)
