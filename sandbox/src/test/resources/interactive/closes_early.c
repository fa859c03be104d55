/* Closes both ends of its conversation before saying anything, then exits normally. */
#include <unistd.h>

int main(void)
{
	close(0);
	close(1);
	return 0;
}
