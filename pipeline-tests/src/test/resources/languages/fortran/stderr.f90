program err
  use, intrinsic :: iso_fortran_env, only: error_unit
  implicit none
  integer(8) :: a, b
  read(*,*) a, b
  write(error_unit, '(A)') 'debug'
  print '(I0)', a + b
end program err
