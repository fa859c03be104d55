/* Floods the interactor with guesses and never reads its answers: rejected once it has had 10. */
#include <stdio.h>

int main(void) {
    for (;;) {
        printf("1\n");
    }
}
