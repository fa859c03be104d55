/* Tries to write outside /box; prints WROTE for anything that worked. argv[1]: a host canary path. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
static void try_write(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd >= 0 && write(fd, "pwned\n", 6) == 6) printf("%s: WROTE\n", path);
    else printf("%s: refused\n", path);
    if (fd >= 0) close(fd);
}
int main(int argc, char **argv) {
    try_write("/pwned");
    try_write("/usr/pwned");
    try_write("/etc/passwd");
    try_write("/etc/pwned");
    try_write("/dev/pwned");
    try_write("/proc/sys/kernel/hostname");
    try_write("/box/../pwned");
    if (argc > 1) try_write(argv[1]);
    return 0;
}
