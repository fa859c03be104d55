/* Leaves files behind for the next run of the same box. */
#include <stdio.h>
#include <sys/stat.h>
static void plant(const char *path) {
    FILE *f = fopen(path, "w");
    printf("%s: %s\n", path, f ? "planted" : "refused");
    if (f) fclose(f);
}
int main(void) {
    plant("/box/planted");
    plant("/tmp/planted");
    plant("/dev/shm/planted");
    mkdir("/box/planted-dir", 0777);
    plant("/box/planted-dir/x");
    return 0;
}
