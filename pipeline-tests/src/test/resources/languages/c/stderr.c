#include <stdio.h>
int main(void) { long a, b; scanf("%ld %ld", &a, &b); fprintf(stderr, "debug: read %ld and %ld\n", a, b); printf("%ld\n", a + b); return 0; }
