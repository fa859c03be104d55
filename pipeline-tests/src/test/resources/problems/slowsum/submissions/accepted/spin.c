/* Right, and slow on purpose: spends about 0.15 s of CPU time before it answers. */
#include <stdio.h>
#include <time.h>

int main(void) {
    long a, b;
    if (scanf("%ld %ld", &a, &b) != 2)
        return 1;
    volatile unsigned long spin = 0;
    while (clock() < CLOCKS_PER_SEC / 100 * 15)
        spin++;
    printf("%ld\n", a + b);
    return 0;
}
