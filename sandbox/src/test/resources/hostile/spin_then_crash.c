/* Uses more CPU than its limit, then crashes before the launcher's kill: a time-out, not a signal. */
#include <signal.h>
#include <time.h>
int main(void) {
    volatile unsigned long x = 0;
    while ((double) clock() / CLOCKS_PER_SEC < 1.3)
        x++;
    raise(SIGSEGV);
    return 0;
}
