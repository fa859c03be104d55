#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    char params[120];
    memset(params, 0, sizeof(params));
    long ring = syscall(SYS_io_uring_setup, 8, params);
    int vsock = socket(40 /* AF_VSOCK */, SOCK_STREAM, 0);
    printf("%s\n", ring < 0 && vsock < 0 ? "io_uring and vsock denied" : "io_uring or vsock WORKED");
    return 0;
}
