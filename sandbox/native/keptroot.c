/*
 * A box's root, built once and kept: building it costs some forty mounts per run, and the
 * root is the same for every run of a box with the same rules. It is built in a mount
 * namespace of its own (private mounts, pivoted into the root, the host's tree detached),
 * bound to <box_dir>/mnt like the network namespace. Each run's init joins it, takes a private
 * copy (unshare), and mounts only what every run gets new on top: /tmp-like rules, /proc of its
 * PID namespace and /dev/shm. Nothing a run does reaches the kept root: its mounts live in its
 * own copy, and its files are in /box (the caller's to wipe), /tmp or /dev/shm.
 *
 * The root is kept with a key, <box_dir>/mnt.key: the configuration, the box's ids, every rule
 * and the identity (device, inode) of every host file or directory it binds. A different key
 * (other rules, a bound directory that was replaced, an upgraded ld.so.cache) builds it again;
 * --init and --cleanup drop it. Where the namespace cannot be bound (a host whose mount
 * propagation refuses it), runs build their root themselves, as before.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

struct text {
	char *buf;
	size_t len, cap;
};

static void append(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void append(struct text *t, const char *fmt, ...)
{
	for (;;) {
		va_list args;
		va_start(args, fmt);
		int n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, args);
		va_end(args);
		if (n < 0)
			die("Cannot format the kept root's key");
		if (t->len + n < t->cap) {
			t->len += n;
			return;
		}
		t->cap = 2 * (t->len + n) + 256;
		char *bigger = xmalloc(t->cap);
		memcpy(bigger, t->buf, t->len);
		free(t->buf);
		t->buf = bigger;
	}
}

static void append_identity(struct text *t, const char *path)
{
	struct stat st;
	if (!path)
		append(t, "-");
	else if (lstat(path, &st) < 0)
		append(t, "missing");
	else
		append(t, "%llx:%llx:%o", (unsigned long long) st.st_dev, (unsigned long long) st.st_ino, st.st_mode);
}

static char *current_key(void)
{
	struct text t = { xmalloc(1024), 0, 1024 };
	t.buf[0] = 0;
	append(&t, "judgebox %s %s\nuid %u gid %u root %u tmp %u/%u\n", JUDGEBOX_VERSION, JUDGEBOX_COMMIT,
	       (unsigned) box_uid, (unsigned) box_gid, cf.root_size_kb, cf.tmp_size_kb, cf.tmp_inodes);
	struct rule *rules;
	int n = sorted_dir_rules(&rules);
	for (int i = 0; i < n; i++) {
		append(&t, "rule %s|%s|%d|%d|", rules[i].inside, rules[i].outside ? rules[i].outside : "", rules[i].kind,
		       rules[i].flags);
		append_identity(&t, rules[i].outside);
		append(&t, "\n");
	}
	/* The host files the generated /dev and /etc bind. */
	for (unsigned i = 0; i < NUM_ROOT_DEVICES + NUM_ROOT_ETC_FILES; i++) {
		char *path = i < NUM_ROOT_DEVICES ? xsprintf("/dev/%s", root_devices[i])
						  : xsprintf("/etc/%s", root_etc_files[i - NUM_ROOT_DEVICES]);
		append(&t, "file %s ", path);
		append_identity(&t, path);
		append(&t, "\n");
		free(path);
	}
	return t.buf;
}

static char *mnt_path(void)
{
	return xsprintf("%s/mnt", box_dir);
}

static char *key_path(void)
{
	return xsprintf("%s/mnt.key", box_dir);
}

void kept_root_remove(void)
{
	char *mnt = mnt_path(), *key = key_path();
	if (umount2(mnt, UMOUNT_NOFOLLOW | MNT_DETACH) < 0 && errno != EINVAL && errno != ENOENT)
		die("Cannot unmount %s: %m", mnt);
	if (unlink(key) < 0 && errno != ENOENT)
		die("Cannot remove %s: %m", key);
	if (unlink(mnt) < 0 && errno != ENOENT)
		die("Cannot remove %s: %m", mnt);
	free(mnt);
	free(key);
}

/* The kept root's descriptor if it exists and was built for this key; -1 otherwise. */
static int open_if_current(const char *key)
{
	char *kp = key_path(), *mp = mnt_path();
	size_t len;
	char *stored = read_whole_file(kp, &len);
	int fd = -1;
	if (stored && len == strlen(key) && !memcmp(stored, key, len)) {
		fd = open(mp, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
		struct statfs sfs;
		if (fd >= 0 && (fstatfs(fd, &sfs) < 0 || sfs.f_type != NSFS_MAGIC)) {
			close(fd);
			fd = -1;
		}
	}
	free(stored);
	free(kp);
	free(mp);
	return fd;
}

/* In the builder: a namespace holding only the box's root, then wait to be bound. */
static noreturn void builder_main(int ready_fd, int done_fd)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
		die("Cannot set the parent-death signal: %m");
	if (unshare(CLONE_NEWNS) < 0)
		die("Cannot create a mount namespace: %m");
	enter_new_root(false);
	if (write(ready_fd, "r", 1) != 1)
		_exit(2);
	char c;
	ssize_t ignored = read(done_fd, &c, 1);
	(void) ignored;
	_exit(0);
}

/* Builds the root in a new namespace and binds it; false when the namespace cannot be bound. */
static bool build_and_bind(const char *key)
{
	char *mp = mnt_path(), *kp = key_path();
	int fd = open(mp, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		die("Cannot create %s: %m", mp);
	close(fd);
	int ready[2], done[2], errors[2];
	if (pipe2(ready, O_CLOEXEC) < 0 || pipe2(done, O_CLOEXEC) < 0 || pipe2(errors, O_CLOEXEC) < 0)
		die("pipe: %m");
	fflush(NULL);
	pid_t child = fork();
	if (child < 0)
		die("fork: %m");
	if (child == 0) {
		close(ready[0]);
		close(done[1]);
		close(errors[0]);
		child_error_fd = errors[1];
		builder_main(ready[1], done[0]);
	}
	close(ready[1]);
	close(done[0]);
	close(errors[1]);
	char c;
	bool built = read(ready[0], &c, 1) == 1;
	bool bound = false;
	int saved = 0;
	if (built) {
		char *source = xsprintf("/proc/%d/ns/mnt", (int) child);
		bound = mount(source, mp, NULL, MS_BIND, NULL) == 0;
		saved = errno;
		free(source);
	}
	close(done[1]);
	char message[1024];
	message[read_all(errors[0], message, sizeof(message) - 1)] = 0;
	close(errors[0]);
	close(ready[0]);
	waitpid(child, NULL, 0);
	if (!built)
		die("%s", message[0] ? message : "Cannot build the box's root");
	if (!bound) {
		msg("The box's root cannot be kept (binding its namespace: %s); every run builds it\n", strerror(saved));
		unlink(mp);
	} else {
		char *tmp = xsprintf("%s.new", kp);
		int kf = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
		size_t len = strlen(key);
		if (kf < 0 || write(kf, key, len) != (ssize_t) len || close(kf) < 0 || rename(tmp, kp) < 0)
			die("Cannot write %s: %m", kp);
		free(tmp);
	}
	free(mp);
	free(kp);
	return bound;
}

int kept_root_open(void)
{
	char *key = current_key();
	int fd = open_if_current(key);
	if (fd < 0) {
		kept_root_remove();
		if (build_and_bind(key))
			fd = open_if_current(key);
	}
	free(key);
	return fd;
}

void kept_root_enter(int fd)
{
	if (setns(fd, CLONE_NEWNS) < 0)
		die("Cannot join the box's root: %m");
	close(fd);
	/* A copy of our own: the fresh mounts below must never reach the kept root. */
	if (unshare(CLONE_NEWNS) < 0)
		die("Cannot copy the box's root: %m");
	if (chdir("/") < 0)
		die("chdir(/): %m");
	mount_fresh_dirs("");
}
