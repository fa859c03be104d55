function add(a, b) result(c)
  implicit none
  integer(8), intent(in) :: a, b
  integer(8) :: c
  c = a + b
end function add
