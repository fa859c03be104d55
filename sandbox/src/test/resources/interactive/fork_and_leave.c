/* Leaves a child behind that holds the conversation's output open and ignores every signal it
 * may, then plays the game correctly and exits. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	pid_t child = fork();
	if (child == 0) {
		setsid();
		for (int sig = 1; sig < 32; sig++)
			signal(sig, SIG_IGN);
		for (;;)
			pause();
	}
	long lo = 1, hi = 1000000;
	for (;;) {
		long mid = (lo + hi) / 2;
		char reply[8];
		printf("%ld\n", mid);
		fflush(stdout);
		if (scanf("%7s", reply) != 1)
			return 3;
		if (reply[0] == '=')
			return 0;
		if (reply[0] == '<')
			lo = mid + 1;
		else
			hi = mid - 1;
	}
}
