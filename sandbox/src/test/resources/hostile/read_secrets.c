/* Tries to read what a box must not see; prints READ for anything it could. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
static void try_file(const char *path) {
    char buf[64];
    int fd = open(path, O_RDONLY);
    if (fd >= 0 && read(fd, buf, sizeof(buf)) > 0) printf("%s: READ\n", path);
    else printf("%s: denied\n", path);
    if (fd >= 0) close(fd);
}
static void try_dir(const char *path) {
    DIR *d = opendir(path);
    int n = 0;
    if (d) { while (readdir(d)) n++; closedir(d); }
    printf("%s: %s\n", path, n > 2 ? "READ" : "denied");
}
int main(void) {
    try_file("/etc/shadow");
    try_file("/etc/gshadow");
    try_file("/proc/1/environ");
    try_file("/proc/1/cmdline");
    try_file("/root/.bash_history");
    try_file("/proc/kcore");
    try_dir("/root");
    try_dir("/sys");
    try_dir("/proc/1/root");
    try_dir("/var");
    try_dir("/home");
    return 0;
}
