/*
 * Each box keeps one empty network namespace from --init to --cleanup,
 * bound to <box_dir>/net, and every run joins it instead of creating a new
 * one: creating a network namespace costs a third of a millisecond, joining
 * one almost nothing. It holds only a loopback interface that is down, and
 * nothing of a run survives in it (sockets die with the processes, which all
 * die at the end of the run), so sharing it between runs of a box is safe.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static char *netns_path(void)
{
	return xsprintf("%s/net", box_dir);
}

void netns_create(void)
{
	char *path = netns_path();
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		die("Cannot create %s: %m", path);
	close(fd);
	int ready[2];
	if (pipe2(ready, O_CLOEXEC) < 0)
		die("pipe: %m");
	pid_t child = syscall(SYS_clone, CLONE_NEWNET | SIGCHLD, NULL, NULL, NULL, 0);
	if (child < 0)
		die("Cannot create a network namespace: %m");
	if (child == 0) {
		/* Holds the namespace until the parent has bound it. */
		char c;
		close(ready[1]);
		ssize_t ignored = read(ready[0], &c, 1);
		(void) ignored;
		_exit(0);
	}
	close(ready[0]);
	char *source = xsprintf("/proc/%d/ns/net", (int) child);
	int rc = mount(source, path, NULL, MS_BIND, NULL);
	int saved = errno;
	close(ready[1]);
	waitpid(child, NULL, 0);
	errno = saved;
	if (rc < 0)
		die("Cannot bind the network namespace to %s: %m", path);
	free(source);
	free(path);
}

bool netns_enter(void)
{
	char *path = netns_path();
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	free(path);
	if (fd < 0)
		return false;
	if (setns(fd, CLONE_NEWNET) < 0) {
		/* Not a namespace (the box was initialized without one): make a fresh one. */
		close(fd);
		return false;
	}
	close(fd);
	return true;
}

void netns_remove(void)
{
	char *path = netns_path();
	if (umount2(path, UMOUNT_NOFOLLOW | MNT_DETACH) < 0 && errno != EINVAL && errno != ENOENT)
		die("Cannot unmount %s: %m", path);
	free(path);
}
