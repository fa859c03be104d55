/* Copies an executable into /tmp and /dev/shm and tries to run it there: both are noexec. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
static int try_exec(const char *copy) {
    int in = open("/bin/true", O_RDONLY), out = open(copy, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    if (in < 0 || out < 0) return -1;
    char buf[65536];
    ssize_t n;
    while ((n = read(in, buf, sizeof(buf))) > 0)
        if (write(out, buf, n) != n) return -1;
    close(in);
    close(out);
    pid_t p = fork();
    if (p == 0) { execl(copy, copy, (char *) 0); _exit(99); }
    int st;
    waitpid(p, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}
int main(void) {
    int tmp = try_exec("/tmp/t"), shm = try_exec("/dev/shm/t");
    printf("%s (tmp %d, shm %d)\n", tmp == 99 && shm == 99 ? "exec denied" : "exec WORKED", tmp, shm);
    return 0;
}
