program main
  implicit none
  integer(8) :: a, b
  integer(8), external :: add
  read(*,*) a, b
  print '(I0)', add(a, b)
end program main
