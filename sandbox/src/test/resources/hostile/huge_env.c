/* Execs a program with about 100 MB of arguments and environment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(void) {
    static char *argv[10002], *envp[10002];
    char *big = malloc(10001);
    memset(big, 'A', 10000);
    big[10000] = 0;
    argv[0] = "/bin/true";
    for (int i = 1; i < 10001; i++) { argv[i] = big; envp[i - 1] = big; }
    execve("/bin/true", argv, envp);
    perror("execve");
    return 0;
}
