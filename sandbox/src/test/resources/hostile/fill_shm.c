/* Keeps its own memory tiny and fills /dev/shm and /tmp instead: the box's memory cgroup runs
 * out, and that must be a memory-limit outcome, never a sandbox failure. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static void fill(const char *path) {
    static char block[1 << 16];
    memset(block, 'x', sizeof(block));
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return;
    while (write(fd, block, sizeof(block)) > 0) {
    }
    close(fd);
}
int main(void) {
    fill("/dev/shm/fill");
    fill("/tmp/fill");
    printf("filled without running out\n");
    return 0;
}
