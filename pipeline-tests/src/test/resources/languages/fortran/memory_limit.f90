program ml
  implicit none
  type block
    integer(1), allocatable :: d(:)
  end type block
  type(block) :: blocks(1024)
  integer :: i, j
  do i = 1, 1024
    allocate(blocks(i)%d(1048576))
    do j = 1, 1048576, 4096
      blocks(i)%d(j) = int(mod(i, 100), 1)
    end do
  end do
  print *, blocks(1024)%d(1)
end program ml
