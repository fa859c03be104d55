#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    long a = syscall(SYS_add_key, "user", "judge", "secret", 6, -2 /* session keyring */);
    long b = syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3, 0);
    long c = syscall(SYS_request_key, "user", "judge", NULL, 0);
    printf("%s\n", a < 0 && b < 0 && c < 0 ? "keys denied" : "keys WORKED");
    return 0;
}
