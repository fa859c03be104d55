/* Never reads; writes forever, ignoring that nobody reads any more (EPIPE, no SIGPIPE). */
#include <signal.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char buf[4096];
	memset(buf, 'x', sizeof(buf));
	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		ssize_t ignored = write(1, buf, sizeof(buf));
		(void) ignored;
	}
}
