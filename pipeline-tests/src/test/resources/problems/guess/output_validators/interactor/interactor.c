/*
 * Guess the number in 1..1000 with at most 10 guesses. The submission writes a guess per line;
 * the interactor answers "higher", "lower" or "correct". Called as:
 * interactor input answer feedback_dir < submission's output > submission's input.
 */
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 4) {
        return 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", argv[3]);
    FILE *feedback = fopen(path, "w");
    FILE *in = fopen(argv[1], "r");
    int secret;
    if (!feedback || !in || fscanf(in, "%d", &secret) != 1) {
        return 1;
    }
    for (int guesses = 1; guesses <= 10; guesses++) {
        int guess;
        if (scanf("%d", &guess) != 1) {
            fprintf(feedback, "no guess %d: the submission stopped talking\n", guesses);
            return 43;
        }
        if (guess == secret) {
            printf("correct\n");
            fflush(stdout);
            fprintf(feedback, "found %d in %d guesses\n", secret, guesses);
            return 42;
        }
        printf(guess < secret ? "higher\n" : "lower\n");
        fflush(stdout);
    }
    fprintf(feedback, "no more guesses: the number was %d\n", secret);
    return 43;
}
