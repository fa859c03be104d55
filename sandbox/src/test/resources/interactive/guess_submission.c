/* Guesses the number by bisection; exits 3 if the validator stops answering. */
#include <stdio.h>

int main(void)
{
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
