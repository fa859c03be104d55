#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    static char *blocks[1024];
    for (int i = 0; i < 1024; i++) {
        blocks[i] = malloc(1 << 20);
        if (!blocks[i]) return 2;
        memset(blocks[i], i & 0xff, 1 << 20);
    }
    printf("%d\n", blocks[1023][100]);
    return 0;
}
