/* Tries to write its own verdict: through inherited descriptors and the meta file's path. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
    const char *fake = "status:OK\nexitcode:0\n";
    int written = 0;
    for (int fd = 3; fd < 1024; fd++)
        if (write(fd, fake, strlen(fake)) > 0) written++;
    if (argc > 1) {
        int fd = open(argv[1], O_WRONLY | O_TRUNC);
        if (fd >= 0 && write(fd, fake, strlen(fake)) > 0) written++;
    }
    printf("fake verdicts written: %d\n", written);
    return 7;
}
