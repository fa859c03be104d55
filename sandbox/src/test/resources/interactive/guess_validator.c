/* Guess-the-number validator: argv[1] the secret (1..1000000), argv[2] the feedback directory,
 * argv[3] optional "drain" (after the right guess, read until end of file: that end comes only
 * when every process of the submission's box holding its output is gone). Answers "<", ">" or
 * "=", writes judgemessage.txt and score.txt, exits 0 (accepted) or 1 (rejected). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void feedback(const char *dir, const char *file, const char *text, long n)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	FILE *f = fopen(path, "w");
	if (f) {
		fprintf(f, text, n);
		fclose(f);
	}
}

int main(int argc, char **argv)
{
	long secret = atol(argv[1]);
	const char *dir = argv[2];
	for (long tries = 1; tries <= 100; tries++) {
		long guess;
		if (scanf("%ld", &guess) != 1) {
			feedback(dir, "judgemessage.txt", "no answer after %ld guesses\n", tries - 1);
			return 1;
		}
		if (guess == secret) {
			printf("=\n");
			fflush(stdout);
			feedback(dir, "judgemessage.txt", "guessed in %ld tries\n", tries);
			feedback(dir, "score.txt", "%ld\n", 100 - tries);
			if (argc > 3 && !strcmp(argv[3], "drain"))
				while (getchar() != EOF)
					;
			return 0;
		}
		printf(guess < secret ? "<\n" : ">\n");
		fflush(stdout);
	}
	feedback(dir, "judgemessage.txt", "more than %ld guesses\n", 100);
	return 1;
}
