/*
 * The construction of the sandbox's root from the directory rules.
 *
 * The root is a small tmpfs. Every rule becomes a mount in it: read-only,
 * nosuid and nodev binds of host directories, size- and inode-limited noexec
 * tmpfs for /tmp and /dev/shm, /proc of the box's PID namespace with
 * hidepid=2, a /dev holding only null, zero, random and urandom, and a
 * minimal read-only /etc. Binds are never recursive, so no host mount below
 * a bound directory shows.
 *
 * Mount points are made as root, so no path is ever resolved through
 * anything the program could have written: rules below /box, /tmp, /proc or
 * any writable bind are refused; the mount points in the root's own tmpfs
 * are all made before the first mount; nested ones are resolved one
 * component at a time beneath the root, never through a symbolic link.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void mount_or_die(const char *src, const char *target, const char *type, unsigned long flags, const char *data)
{
	if (mount(src, target, type, flags, data) < 0)
		die("Cannot mount %s on %s: %m", src ? src : (type ? type : "(remount)"), target);
}

static void mount_tmpfs(const char *target, unsigned size_kb, unsigned inodes, const char *mode, unsigned long flags)
{
	char data[128];
	snprintf(data, sizeof(data), "size=%uk,nr_inodes=%u,mode=%s", size_kb, inodes, mode);
	mount_or_die("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV | flags, data);
}

const char *const root_devices[NUM_ROOT_DEVICES] = { "null", "zero", "random", "urandom" };
/* What the dynamic linker, compilers and runtimes read; nothing secret. */
const char *const root_etc_files[NUM_ROOT_ETC_FILES] = {
	"ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "nsswitch.conf", "localtime",
};

/* The root being built; mount points are resolved beneath it. */
static const char *root_path;

/* Makes path (below root_path) a directory or an empty file, walking one
 * component at a time with O_NOFOLLOW, so a symbolic link is never followed. */
static void make_mount_point(const char *path, bool dir)
{
	size_t root_len = strlen(root_path);
	if (strncmp(path, root_path, root_len) || path[root_len] != '/')
		die("Mount point %s is outside the sandbox's root", path);
	char *rel = xstrdup(path + root_len + 1);
	int fd = open(root_path, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		die("Cannot open %s: %m", root_path);
	char *save = NULL;
	char *part = strtok_r(rel, "/", &save);
	while (part) {
		char *next = strtok_r(NULL, "/", &save);
		if (!next && !dir) {
			int f = openat(fd, part, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
			if (f < 0)
				die("Cannot create mount point %s: %m", path);
			close(f);
			break;
		}
		if (mkdirat(fd, part, 0755) < 0 && errno != EEXIST)
			die("Cannot create mount point %s: %m", path);
		int sub = openat(fd, part, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub < 0)
			die("Mount point %s: %s is not a directory (links are not followed): %m", path, part);
		close(fd);
		fd = sub;
		part = next;
	}
	close(fd);
	free(rel);
}

/* Bind outside on target; read-only unless rw; devices only with allow_dev.
 * With copy_links, a symlink is copied instead (merged /usr: /bin -> usr/bin). */
static bool bind_path(const char *outside, const char *target, int flags, bool allow_dev, bool copy_links)
{
	struct stat st;
	if (lstat(outside, &st) < 0) {
		if (flags & RULE_MAYBE)
			return false;
		die("Cannot bind %s: %m", outside);
	}
	if (S_ISLNK(st.st_mode) && copy_links) {
		char link[PATH_MAX];
		ssize_t len = readlink(outside, link, sizeof(link) - 1);
		if (len < 0)
			die("Cannot read link %s: %m", outside);
		link[len] = 0;
		if (symlink(link, target) < 0 && errno != EEXIST)
			die("Cannot create link %s: %m", target);
		return true;
	}
	if (stat(outside, &st) < 0)
		die("Cannot bind %s: %m", outside);
	make_mount_point(target, S_ISDIR(st.st_mode));
	mount_or_die(outside, target, NULL, MS_BIND, NULL);
	unsigned long remount = MS_BIND | MS_REMOUNT | MS_NOSUID;
	if (!allow_dev)
		remount |= MS_NODEV;
	if (!(flags & RULE_RW))
		remount |= MS_RDONLY;
	if (flags & RULE_NOEXEC)
		remount |= MS_NOEXEC;
	mount_or_die(NULL, target, NULL, remount, NULL);
	return true;
}

static void write_new_file(const char *path, const char *content)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (fd < 0)
		die("Cannot create %s: %m", path);
	size_t len = strlen(content);
	if (write(fd, content, len) != (ssize_t) len)
		die("Cannot write %s: %m", path);
	close(fd);
}

static void build_dev(const char *target, bool fresh)
{
	make_mount_point(target, true);
	mount_tmpfs(target, 64, 64, "0755", MS_NOEXEC);
	for (unsigned i = 0; i < NUM_ROOT_DEVICES; i++) {
		char *src = xsprintf("/dev/%s", root_devices[i]);
		char *dst = xsprintf("%s/%s", target, root_devices[i]);
		bind_path(src, dst, RULE_RW, true, false);
		free(src);
		free(dst);
	}
	static const char *const links[][2] = {
		{ "fd", "/proc/self/fd" }, { "stdin", "/proc/self/fd/0" },
		{ "stdout", "/proc/self/fd/1" }, { "stderr", "/proc/self/fd/2" },
	};
	for (unsigned i = 0; i < ARRAY_SIZE(links); i++) {
		char *dst = xsprintf("%s/%s", target, links[i][0]);
		if (symlink(links[i][1], dst) < 0)
			die("Cannot create %s: %m", dst);
		free(dst);
	}
	char *shm = xsprintf("%s/shm", target);
	make_dir(shm, 0755);
	if (fresh)
		mount_tmpfs(shm, cf.tmp_size_kb, cf.tmp_inodes, "1777", MS_NOEXEC);
	free(shm);
}

/* What every run gets new: /tmp-like rules, /proc of its PID namespace, /dev/shm. */
static void mount_fresh(const struct rule *r, const char *target)
{
	switch (r->kind) {
	case RULE_TMP:
		mount_tmpfs(target, cf.tmp_size_kb, cf.tmp_inodes, "1777", MS_NOEXEC);
		break;
	case RULE_PROC:
		mount_or_die("proc", target, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2");
		break;
	case RULE_DEV: {
		char *shm = xsprintf("%s/shm", target);
		mount_tmpfs(shm, cf.tmp_size_kb, cf.tmp_inodes, "1777", MS_NOEXEC);
		free(shm);
		break;
	}
	default:
		break;
	}
}

void mount_fresh_dirs(const char *root)
{
	struct rule *rules;
	int num_rules = sorted_dir_rules(&rules);
	for (int i = 0; i < num_rules; i++) {
		char *target = xsprintf("%s/%s", root, rules[i].inside);
		mount_fresh(&rules[i], target);
		free(target);
	}
}

static void build_etc(const char *target)
{
	make_mount_point(target, true);
	mount_tmpfs(target, cf.root_size_kb, 1024, "0755", MS_NOEXEC);
	char *path = xsprintf("%s/passwd", target);
	char *text = xsprintf("root:x:0:0:root:/root:/usr/sbin/nologin\nbox:x:%u:%u:box:/box:/usr/sbin/nologin\n",
			      (unsigned) box_uid, (unsigned) box_gid);
	write_new_file(path, text);
	free(path);
	free(text);
	path = xsprintf("%s/group", target);
	text = xsprintf("root:x:0:\nbox:x:%u:\n", (unsigned) box_gid);
	write_new_file(path, text);
	free(path);
	free(text);
	path = xsprintf("%s/hosts", target);
	write_new_file(path, "127.0.0.1 localhost box\n::1 localhost\n");
	free(path);
	for (unsigned i = 0; i < NUM_ROOT_ETC_FILES; i++) {
		char *src = xsprintf("/etc/%s", root_etc_files[i]);
		char *dst = xsprintf("%s/%s", target, root_etc_files[i]);
		bind_path(src, dst, RULE_MAYBE, false, true);
		free(src);
		free(dst);
	}
}

static void make_read_only(const char *target, unsigned long flags)
{
	mount_or_die(NULL, target, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | flags, NULL);
}

/* Whether the program can write where this rule's mounts sit: nothing may be mounted below it. */
static bool writable_by_program(const struct rule *r)
{
	return r->kind == RULE_BOX || r->kind == RULE_TMP || r->kind == RULE_PROC || (r->flags & RULE_RW);
}

static const struct rule *parent_rule(const struct rule *rules, int n, const struct rule *r)
{
	const struct rule *parent = NULL;
	size_t best = 0;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(rules[i].inside);
		if (&rules[i] != r && len > best && !strncmp(r->inside, rules[i].inside, len) && r->inside[len] == '/') {
			parent = &rules[i];
			best = len;
		}
	}
	return parent;
}

void build_root(const char *root, bool fresh)
{
	root_path = root;
	mount_tmpfs(root, cf.root_size_kb, 4096, "0755", 0);
	struct rule *rules;
	int num_rules = sorted_dir_rules(&rules);
	/* Refuse what would mount through the program's files; then every mount
	 * point in the root's own tmpfs, before anything is mounted. */
	for (int i = 0; i < num_rules; i++) {
		const struct rule *parent = parent_rule(rules, num_rules, &rules[i]);
		if (parent && writable_by_program(parent))
			die("Directory rule /%s is below /%s, which the program can write: refused", rules[i].inside,
			    parent->inside);
		if (!parent && rules[i].kind != RULE_BIND && rules[i].kind != RULE_BOX) {
			char *target = xsprintf("%s/%s", root, rules[i].inside);
			make_mount_point(target, true);
			free(target);
		}
	}
	bool have_etc = false, have_dev = false;
	for (int i = 0; i < num_rules; i++) {
		struct rule *r = &rules[i];
		char *target = xsprintf("%s/%s", root, r->inside);
		switch (r->kind) {
		case RULE_BIND:
		case RULE_BOX:
			bind_path(r->outside, target, r->flags, false, !strcmp(r->outside + 1, r->inside));
			break;
		case RULE_TMP:
		case RULE_PROC:
			make_mount_point(target, true);
			if (fresh)
				mount_fresh(r, target);
			break;
		case RULE_DEV:
			build_dev(target, fresh);
			have_dev = true;
			break;
		case RULE_ETC:
			build_etc(target);
			have_etc = true;
			break;
		}
		free(target);
	}
	/* Rules nested in /etc and /dev are mounted by now: seal the tmpfs under them. */
	if (have_etc) {
		char *etc = xsprintf("%s/etc", root);
		make_read_only(etc, MS_NOEXEC);
		free(etc);
	}
	if (have_dev) {
		char *dev = xsprintf("%s/dev", root);
		make_read_only(dev, MS_NOEXEC);
		free(dev);
	}
	make_read_only(root, 0);
}

void enter_new_root(bool fresh)
{
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		die("Cannot make mounts private: %m");
	char *root = xsprintf("%s/root", box_dir);
	build_root(root, fresh);
	if (chdir(root) < 0)
		die("chdir(%s): %m", root);
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		die("pivot_root: %m");
	if (umount2(".", MNT_DETACH) < 0)
		die("Cannot detach the old root: %m");
	if (chdir("/") < 0)
		die("chdir(/): %m");
	free(root);
}
