#define _GNU_SOURCE
/* Linux AIO (a host-wide resource) and file locks on the shared read-only files (a covert
 * channel between boxes) must both be refused. */
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    int ok = 1;
    aio_context_t ctx = 0;
    if (syscall(SYS_io_setup, 128, &ctx) == 0) { printf("io_setup WORKED\n"); ok = 0; }
    int fd = open("/usr/bin/env", O_RDONLY);
    if (fd < 0) { printf("cannot open a shared file\n"); return 1; }
    if (flock(fd, LOCK_SH | LOCK_NB) == 0) { printf("flock WORKED\n"); ok = 0; }
    struct flock lk = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
    if (fcntl(fd, F_SETLK, &lk) == 0) { printf("fcntl F_SETLK WORKED\n"); ok = 0; }
    if (fcntl(fd, F_OFD_SETLK, &lk) == 0) { printf("fcntl F_OFD_SETLK WORKED\n"); ok = 0; }
    if (fcntl(fd, F_GETLK, &lk) == 0) { printf("fcntl F_GETLK WORKED\n"); ok = 0; }
    if (fcntl(fd, F_GETFD) < 0) { printf("fcntl F_GETFD FAILED\n"); ok = 0; }
    printf("%s\n", ok ? "aio and locks denied" : "aio or locks NOT denied");
    return 0;
}
