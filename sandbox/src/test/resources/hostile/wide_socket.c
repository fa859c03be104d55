/* Socket families the filter must refuse, including vsock smuggled in a 64-bit register
 * (the kernel reads the family as a 32-bit int), and the ones runtimes need, which must work. */
#include <errno.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
static int refused(long r) { return r < 0 && errno == EAFNOSUPPORT; }
int main(void) {
    int ok = 1;
    long r = syscall(SYS_socket, 0x100000028L, SOCK_STREAM, 0);             /* AF_VSOCK, high bits set */
    if (!refused(r)) { printf("64-bit vsock WORKED (%ld)\n", r); ok = 0; }
    int fds[2];
    r = syscall(SYS_socketpair, 0x100000028L, SOCK_STREAM, 0, fds);
    if (!refused(r)) { printf("64-bit vsock socketpair WORKED (%ld)\n", r); ok = 0; }
    static const int families[] = { 0, 3, 4, 5, 7, 8, 9, 11, 12, 15, 17, 38, 40, 44, 45, 1000 };
    for (unsigned i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
        r = socket(families[i], SOCK_DGRAM, 0);
        if (!refused(r)) { printf("family %d WORKED or failed otherwise (%ld, errno %d)\n", families[i], r, errno); ok = 0; }
    }
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) < 0) { printf("AF_UNIX socketpair FAILED\n"); ok = 0; }
    if (socket(AF_INET, SOCK_STREAM, 0) < 0) { printf("AF_INET FAILED\n"); ok = 0; }
    if (socket(AF_INET6, SOCK_DGRAM, 0) < 0) { printf("AF_INET6 FAILED\n"); ok = 0; }
    printf("%s\n", ok ? "only unix, inet, inet6 and netlink sockets" : "socket families NOT confined");
    return 0;
}
