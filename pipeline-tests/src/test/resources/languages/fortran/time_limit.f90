program tl
  implicit none
  integer(8) :: i, s
  s = 0
  i = 0
  do
    i = i + 1
    s = ieor(s, i * 2654435761_8)
    if (s == -12345_8) exit
  end do
  print *, s
end program tl
