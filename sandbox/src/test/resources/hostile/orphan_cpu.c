/* Leaves an orphan that burns CPU: its parent exits, unwaited, once the orphan has used 0.6 s. */
#include <time.h>
#include <unistd.h>
static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
int main(void) {
    int ready[2];
    if (pipe(ready) < 0)
        return 1;
    if (fork() == 0) {
        volatile unsigned long n = 0;
        while (cpu_seconds() < 0.6)
            n++;
        write(ready[1], "x", 1);
        for (;;)
            n++;
    }
    char c;
    read(ready[0], &c, 1);
    return 0;
}
