program ce
  implicit none
  integer :: a
  a = "text"
  print *, a, undeclared_variable
end program ce
