/* Allocates 2 GB and touches every page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    size_t total = 0;
    for (int i = 0; i < 2048; i++) {
        char *p = malloc(1 << 20);
        if (!p) { printf("malloc failed after %zu MB\n", total >> 20); return 1; }
        memset(p, 1, 1 << 20);
        total += 1 << 20;
    }
    printf("touched %zu MB\n", total >> 20);
    return 0;
}
