/* Accepts any divisor d of n with 1 < d < n, or n itself when n is prime.
 * Writes why it rejects to judgemessage.txt in the feedback directory. */
#include <stdio.h>
#include <string.h>

static int verdict(const char *feedback_dir, int ok, const char *why) {
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(why, f);
        fclose(f);
    }
    return ok ? 42 : 43;
}

int main(int argc, char **argv) {
    long n, d;
    FILE *in = fopen(argv[1], "r");
    if (argc < 4 || !in || fscanf(in, "%ld", &n) != 1) return 1;
    if (scanf("%ld", &d) != 1) return verdict(argv[3], 0, "no number in the output\n");
    if (d <= 1 || d > n || n % d != 0) return verdict(argv[3], 0, "not a divisor\n");
    return verdict(argv[3], 1, "");
}
