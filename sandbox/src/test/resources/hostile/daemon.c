/* Double-forks a daemon in a new session that would outlive the program. */
#include <stdio.h>
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        setsid();
        if (fork() == 0) {
            for (;;) sleep(1);
        }
        _exit(0);
    }
    sleep(1);
    printf("daemon started\n");
    return 0;
}
