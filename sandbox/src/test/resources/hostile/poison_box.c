/* Tries to leave its mark on the box for the next run: every kind of file, extended attributes
 * on the box directory (megabytes of them, if the file system lets it), and a box directory
 * nobody may enter. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/xattr.h>
#include <unistd.h>
int main(void) {
    static char value[65536];
    memset(value, 'x', sizeof(value));
    FILE *f = fopen("/box/file", "w");
    if (f) fclose(f);
    link("/box/file", "/box/hardlink");
    symlink("/box/file", "/box/symlink");
    mkfifo("/box/fifo", 0666);
    mkdir("/box/.hidden", 0);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    strcpy(addr.sun_path, "/box/socket");
    bind(s, (struct sockaddr *) &addr, sizeof(addr));
    int attrs = 0;
    for (int i = 0; i < 64; i++) {
        char name[32];
        snprintf(name, sizeof(name), "user.poison%d", i);
        if (setxattr("/box", name, value, sizeof(value), 0) == 0)
            attrs++;
    }
    printf("%d attributes set\n", attrs);
    chmod("/box", 01000);
    return 0;
}
