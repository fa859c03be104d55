program readall
  implicit none
  integer(8) :: x, s
  integer :: ios
  s = 0
  do
    read(*, *, iostat=ios) x
    if (ios /= 0) exit
    s = s + x
  end do
  print '(I0)', s
end program readall
