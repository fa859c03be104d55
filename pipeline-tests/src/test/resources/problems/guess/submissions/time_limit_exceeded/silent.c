/* Writes its guess without flushing it, then waits for an answer that never comes. */
#include <stdio.h>

int main(void) {
    char reply[16];
    printf("500\n");
    scanf("%15s", reply);
    return 0;
}
