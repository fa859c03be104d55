/* A validator that never reads, never writes and never ends. */
#include <unistd.h>

int main(void)
{
	for (;;)
		pause();
}
