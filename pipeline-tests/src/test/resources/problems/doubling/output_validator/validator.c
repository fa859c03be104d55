/*
 * Two passes: the submission doubles its input; the first pass's output is the second pass's input.
 * The feedback directory keeps a mark of the first pass. Called as:
 * validator input answer feedback_dir < submission's output.
 */
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 4) {
        return 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/first_pass_done", argv[3]);
    FILE *mark = fopen(path, "r");
    int second = mark != NULL;
    FILE *in = fopen(argv[1], "r");
    long n, out;
    snprintf(path, sizeof path, "%s/judgemessage.txt", argv[3]);
    FILE *feedback = fopen(path, "w");
    if (!in || !feedback || fscanf(in, "%ld", &n) != 1) {
        return 1;
    }
    if (scanf("%ld", &out) != 1 || out != 2 * n) {
        fprintf(feedback, "pass %d: expected %ld\n", second ? 2 : 1, 2 * n);
        return 43;
    }
    if (!second) {
        snprintf(path, sizeof path, "%s/first_pass_done", argv[3]);
        mark = fopen(path, "w");
        snprintf(path, sizeof path, "%s/nextpass.in", argv[3]);
        FILE *next = fopen(path, "w");
        if (!mark || !next) {
            return 1;
        }
        fprintf(next, "%ld\n", out);
        fclose(next);
        fclose(mark);
    }
    fprintf(feedback, "pass %d: %ld doubled\n", second ? 2 : 1, n);
    return 42;
}
