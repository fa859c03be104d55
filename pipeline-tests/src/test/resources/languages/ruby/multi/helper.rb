module Helper
  def self.add(a, b) = a + b
end
