program re
  implicit none
  integer :: a(10), i
  i = 3
  a = 0
  if (a(1) == 0) error stop 3
  print *, a(i)
end program re
