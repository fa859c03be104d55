/* Accepts the input's two numbers in either order; says what it read in judgemessage.txt. */
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 4)
        return 1;
    long a, b, x, y;
    FILE *in = fopen(argv[1], "r");
    if (!in || fscanf(in, "%ld %ld", &a, &b) != 2)
        return 1;
    char path[4096];
    snprintf(path, sizeof(path), "%s/judgemessage.txt", argv[3]);
    FILE *msg = fopen(path, "w");
    if (scanf("%ld %ld", &x, &y) != 2) {
        if (msg)
            fprintf(msg, "expected two numbers\n");
        return 43;
    }
    int ok = (x == a && y == b) || (x == b && y == a);
    if (msg)
        fprintf(msg, "read %ld %ld: %s\n", x, y, ok ? "the same two" : "not the input's two");
    return ok ? 42 : 43;
}
