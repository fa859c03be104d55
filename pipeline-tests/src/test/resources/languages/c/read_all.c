#include <stdio.h>
int main(void) { long x, sum = 0; while (scanf("%ld", &x) == 1) sum += x; printf("%ld\n", sum); return 0; }
