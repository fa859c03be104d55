#include <stdio.h>
int main(void) {
    int x = "string"
    printf("%d\n", x);
    return 0;
}
