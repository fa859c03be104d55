/* Right, but spends 3 s of CPU time first: far above any limit computed from the accepted ones. */
#include <stdio.h>
#include <time.h>

int main(void) {
    long a, b;
    if (scanf("%ld %ld", &a, &b) != 2)
        return 1;
    volatile unsigned long spin = 0;
    while (clock() < CLOCKS_PER_SEC * 3)
        spin++;
    printf("%ld\n", a + b);
    return 0;
}
