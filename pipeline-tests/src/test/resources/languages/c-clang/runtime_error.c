#include <stdio.h>
int main(void) {
    volatile int zero = 0;
    printf("%d\n", 10 / zero);   /* SIGFPE */
    return 0;
}
