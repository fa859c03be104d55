/*
 * Accepts any two integers a and b with a + b = n (the input), both at least 1 when the flag
 * "positive" is given. Called as: pairs input answer feedback_dir [flags] < team_output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *feedback;

static int reject(const char *why, long long a, long long b) {
    fprintf(feedback, "%s (read %lld and %lld)\n", why, a, b);
    return 43;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        return 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", argv[3]);
    feedback = fopen(path, "w");
    FILE *in = fopen(argv[1], "r");
    long long n, a, b;
    if (!feedback || !in || fscanf(in, "%lld", &n) != 1) {
        return 1;
    }
    int positive = 0;
    for (int i = 4; i < argc; i++) {
        positive |= strcmp(argv[i], "positive") == 0;
    }
    if (scanf("%lld %lld", &a, &b) != 2) {
        fprintf(feedback, "expected two integers\n");
        return 43;
    }
    char extra;
    if (scanf(" %c", &extra) == 1) {
        return reject("more output after the two integers", a, b);
    }
    if (a + b != n) {
        return reject("the parts do not add up to n", a, b);
    }
    if (positive && (a < 1 || b < 1)) {
        return reject("a part is not positive", a, b);
    }
    fprintf(feedback, "%lld + %lld = %lld\n", a, b, n);
    return 42;
}
