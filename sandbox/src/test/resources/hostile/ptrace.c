#include <stdio.h>
#include <sys/ptrace.h>
#include <unistd.h>
int main(void) {
    long a = ptrace(PTRACE_ATTACH, 1, 0, 0);
    long b = ptrace(PTRACE_ATTACH, getppid(), 0, 0);
    printf("%s\n", a < 0 && b < 0 ? "ptrace denied" : "ptrace ATTACHED");
    return 0;
}
