/* Counts the processes it can see in /proc. */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
int main(void) {
    DIR *d = opendir("/proc");
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) if (isdigit((unsigned char) e->d_name[0])) n++;
    FILE *f = fopen("/proc/1/status", "r");
    printf("visible processes: %d; init status %s\n", n, f ? "READABLE" : "hidden");
    return 0;
}
