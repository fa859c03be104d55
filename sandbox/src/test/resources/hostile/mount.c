#include <stdio.h>
#include <sys/mount.h>
int main(void) {
    int a = mount("tmpfs", "/tmp", "tmpfs", 0, NULL);
    int b = mount("/usr", "/box", NULL, MS_BIND, NULL);
    int c = umount2("/proc", MNT_DETACH);
    printf("%s\n", a < 0 && b < 0 && c < 0 ? "mount denied" : "mount WORKED");
    return 0;
}
