#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
int main(void) {
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0) {
        int m = mount("tmpfs", "/tmp", "tmpfs", 0, NULL);
        printf("unshare WORKED, mount %s\n", m == 0 ? "WORKED" : "denied");
    } else {
        printf("unshare denied: %s\n", strerror(errno));
    }
    return 0;
}
