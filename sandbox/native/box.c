/*
 * A box's life outside --run: its lock, --init (the box directory, its
 * size-limited tmpfs and control groups), the box directory's reset before
 * every run, and --cleanup (all of that removed, without following links or
 * leaving the box's own file systems).
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

static int lock_fd = -1;

void lock_box(void)
{
	char *path = xsprintf("%s/%d.lock", cf.box_root, opt.box_id);
	lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (lock_fd < 0)
		die("Cannot open lock file %s: %m", path);
	if (flock(lock_fd, LOCK_EX | LOCK_NB) < 0) {
		if (errno == EWOULDBLOCK)
			die("Box %d is in use by another launcher", opt.box_id);
		die("Cannot lock %s: %m", path);
	}
	free(path);
}

void close_box_lock(void)
{
	if (lock_fd >= 0)
		close(lock_fd);
	lock_fd = -1;
}

static void ensure_box_root(void)
{
	make_dir_path(cf.box_root, 0700);
	struct stat st;
	if (lstat(cf.box_root, &st) < 0)
		die("Cannot stat %s: %m", cf.box_root);
	if (!S_ISDIR(st.st_mode) || st.st_uid != 0)
		die("Box root %s must be a directory owned by root", cf.box_root);
	if ((st.st_mode & 07777) != 0700 && chmod(cf.box_root, 0700) < 0)
		die("Cannot set mode 0700 on %s: %m", cf.box_root);
}

/*
 * Before every run: the box directory (the root of the box's tmpfs) gets back the owner and mode
 * --init gave it and loses every extended attribute. The program owns it and could chmod it to 0
 * (the next run could not enter it) or hang megabytes of user.* attributes on it (they eat the
 * box's inodes); the caller wipes the files in it, not the directory itself.
 */
void reset_box_dir(void)
{
	char *box = xsprintf("%s/box", box_dir);
	int fd = open(box, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			die("Box %d is not initialized: run --init first", opt.box_id);
		die("Cannot open %s: %m", box);
	}
	char small[256], *names = small;
	ssize_t len = flistxattr(fd, small, sizeof(small));
	if (len < 0 && errno == ERANGE) {
		len = flistxattr(fd, NULL, 0);
		if (len > 0) {
			names = xmalloc(len);
			len = flistxattr(fd, names, len);
		}
	}
	if (len < 0 && errno != ENOTSUP)
		die("Cannot list the extended attributes of %s: %m", box);
	for (ssize_t i = 0; i < len; i += strlen(names + i) + 1) {
		/* A security module's own label (security.selinux) is not the program's to set. */
		if (fremovexattr(fd, names + i) < 0 && errno != ENODATA && strncmp(names + i, "security.", 9))
			die("Cannot remove extended attribute %s of %s: %m", names + i, box);
	}
	if (names != small)
		free(names);
	if (fchown(fd, box_uid, box_gid) < 0 || fchmod(fd, 0700) < 0)
		die("Cannot reset the owner and mode of %s: %m", box);
	close(fd);
	free(box);
}

void cmd_init(void)
{
	ensure_box_root();
	lock_box();
	char *box = xsprintf("%s/box", box_dir);
	struct stat st;
	if (lstat(box, &st) == 0)
		die("Box %d is already initialized: run --cleanup first", opt.box_id);
	make_dir(box_dir, 0700);
	make_dir(box, 0700);
	char data[256];
	unsigned long size_kb = opt.quota_blocks ? opt.quota_blocks : cf.box_size_kb;
	int len = snprintf(data, sizeof(data), "size=%luk,mode=0700,uid=%u,gid=%u", size_kb,
			   (unsigned) box_uid, (unsigned) box_gid);
	snprintf(data + len, sizeof(data) - len, ",nr_inodes=%lu",
		 opt.quota_inodes ? opt.quota_inodes : (unsigned long) cf.box_inodes);
	if (mount("tmpfs", box, "tmpfs", MS_NOSUID | MS_NODEV, data) < 0)
		die("Cannot mount the box file system on %s: %m", box);
	char *root = xsprintf("%s/root", box_dir);
	make_dir(root, 0755);
	if (opt.use_cg) {
		cg_detect();
		cg_create();
		cg_kill_all();   /* anything a dead launcher left in the box's groups */
	}
	printf("%s\n", box_dir);
	free(box);
	free(root);
}

void cmd_cleanup(void)
{
	struct stat st;
	if (lstat(cf.box_root, &st) < 0) {
		msg("Nothing to clean up\n");
		return;
	}
	lock_box();
	if (opt.use_cg) {
		cg_detect();
		cg_kill_all();   /* leftovers first: nothing of the box may outlive it */
	}
	char *box = xsprintf("%s/box", box_dir);
	if (umount2(box, UMOUNT_NOFOLLOW) < 0 && errno != EINVAL && errno != ENOENT)
		die("Cannot unmount %s: %m", box);
	netns_remove();
	kept_root_remove();
	remove_tree(box_dir);
	if (opt.use_cg)
		cg_remove();
	free(box);
}
