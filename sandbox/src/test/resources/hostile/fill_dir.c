/* Writes 1 MB chunks into files under argv[1] until something refuses; prints the total, and exits
 * with it in units of 8 MB (at most 255): when argv[1] is /box, a full /box refuses the stdout file. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
    static char chunk[1 << 20];
    memset(chunk, 'x', sizeof(chunk));
    signal(SIGXFSZ, SIG_IGN);
    long mb = 0;
    for (int f = 0; f < 100000; f++) {
        char path[4096];
        snprintf(path, sizeof(path), "%s/fill-%d", argc > 1 ? argv[1] : ".", f);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) break;
        int full = 0;
        for (int i = 0; i < 16; i++) {
            if (write(fd, chunk, sizeof(chunk)) != (ssize_t) sizeof(chunk)) { full = 1; break; }
            mb++;
        }
        close(fd);
        if (full) break;
    }
    printf("wrote %ld MB\n", mb);
    long units = (mb + 7) / 8;
    return units > 255 ? 255 : (int) units;
}
