/* Creates empty files until the file system refuses: inodes must be limited. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "/tmp";
    char path[256];
    int n = 0;
    for (; n < 60000; n++) {
        snprintf(path, sizeof(path), "%s/f%d", dir, n);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0) break;
        close(fd);
    }
    printf("created %d\n", n);
    return 0;
}
