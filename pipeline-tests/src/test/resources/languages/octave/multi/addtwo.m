function s = addtwo(a, b)
  s = a + b;
end
