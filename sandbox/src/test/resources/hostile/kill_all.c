#include <signal.h>
#include <stdio.h>
int main(void) {
    int rc = kill(-1, SIGKILL);
    printf("kill(-1) returned %d; still alive\n", rc);
    return 0;
}
