#include <stdio.h>
#include <unistd.h>
int main(void) {
    const char *paths[] = { "/box/planted", "/tmp/planted", "/dev/shm/planted", "/box/planted-dir" };
    int found = 0;
    for (int i = 0; i < 4; i++)
        if (access(paths[i], F_OK) == 0) { printf("FOUND %s\n", paths[i]); found++; }
    printf("%d planted files found\n", found);
    return 0;
}
