/*
 * Reporting (die/err/msg and the meta file) and file-system helpers.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int verbose;
bool silent;
int child_error_fd = -1;
void (*on_fatal)(void);
static FILE *meta_file;

void meta_open(const char *path)
{
	if (!strcmp(path, "-")) {
		meta_file = stdout;
		return;
	}
	/* Non-blocking, so a FIFO planted there cannot hang us; only a regular file is accepted. */
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0644);
	if (fd < 0)
		die("Cannot open meta file %s: %m", path);
	struct stat st;
	if (fstat(fd, &st) < 0)
		die("Cannot stat meta file %s: %m", path);
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		die("Meta file %s is not a regular file", path);
	}
	int flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0 || ftruncate(fd, 0) < 0)
		die("Cannot prepare meta file %s: %m", path);
	if (!(meta_file = fdopen(fd, "w")))
		die("Cannot open meta file %s: %m", path);
}

void meta_printf(const char *fmt, ...)
{
	if (!meta_file)
		return;
	va_list args;
	va_start(args, fmt);
	vfprintf(meta_file, fmt, args);
	va_end(args);
}

/* A meta file that could not be written whole must not read as a verdict: exit 2. */
void meta_close(void)
{
	if (!meta_file)
		return;
	FILE *f = meta_file;
	meta_file = NULL;
	bool failed = ferror(f) != 0;
	if (f == stdout)
		failed |= fflush(f) != 0;
	else
		failed |= fclose(f) != 0;
	if (failed) {
		fprintf(stderr, "judgebox: cannot write the meta file: %m\n");
		exit(2);
	}
}

void meta_detach(void)
{
	if (meta_file && meta_file != stdout)
		fclose(meta_file);   /* nothing is buffered yet: the caller flushed before it forked */
	meta_file = NULL;
}

static void one_line(char *buf)
{
	for (char *p = buf; *p; p++)
		if (*p == '\n')
			*p = ' ';
}

/* Formats a message into buf as one line. */
static void format_message(char *buf, size_t size, const char *fmt, va_list args)
{
	vsnprintf(buf, size, fmt, args);
	one_line(buf);
}

void die(const char *fmt, ...)
{
	char buf[1024];
	va_list args;
	va_start(args, fmt);
	format_message(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (child_error_fd >= 0) {
		/* Inside the sandbox's processes: the keeper reports it. */
		ssize_t ignored = write(child_error_fd, buf, strlen(buf));
		(void) ignored;
		_exit(2);
	}
	if (on_fatal) {
		void (*hook)(void) = on_fatal;
		on_fatal = NULL;
		hook();
	}
	meta_printf("status:XX\nmessage:%s\n", buf);
	meta_close();
	fprintf(stderr, "%s\n", buf);
	exit(2);
}

void err(const char *fmt, ...)
{
	char buf[1024];
	va_list args;
	va_start(args, fmt);
	format_message(buf, sizeof(buf), fmt, args);
	va_end(args);
	/* The status code is the first two characters: "TO: ...". */
	if (strlen(buf) > 3 && buf[2] == ':') {
		meta_printf("status:%.2s\nmessage:%s\n", buf, buf + 4);
	} else {
		meta_printf("message:%s\n", buf);
	}
	meta_close();
	if (!silent)
		fprintf(stderr, "%s\n", buf);
	exit(1);
}

void msg(const char *fmt, ...)
{
	if (!verbose)
		return;
	va_list args;
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size);
	if (!p)
		die("Out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);
	if (!p)
		die("Out of memory");
	return p;
}

char *xsprintf(const char *fmt, ...)
{
	char *out;
	va_list args;
	va_start(args, fmt);
	if (vasprintf(&out, fmt, args) < 0)
		die("Out of memory");
	va_end(args);
	return out;
}

void make_dir(const char *path, mode_t mode)
{
	if (mkdir(path, mode) < 0 && errno != EEXIST)
		die("Cannot create directory %s: %m", path);
}

void make_dir_path(const char *path, mode_t mode)
{
	char *copy = xstrdup(path);
	for (char *p = copy + 1; *p; p++) {
		if (*p == '/') {
			*p = 0;
			make_dir(copy, mode);
			*p = '/';
		}
	}
	make_dir(copy, mode);
	free(copy);
}

void remove_tree_contents(int dirfd, dev_t dev)
{
	DIR *dir = fdopendir(dirfd);
	if (!dir)
		die("fdopendir: %m");
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		struct stat st;
		if (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			die("Cannot stat %s: %m", e->d_name);
		if (st.st_dev != dev)
			continue;   /* a mount point: never cross it */
		if (S_ISDIR(st.st_mode)) {
			int sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub < 0)
				die("Cannot open directory %s: %m", e->d_name);
			remove_tree_contents(sub, dev);
			if (unlinkat(dirfd, e->d_name, AT_REMOVEDIR) < 0 && errno != EBUSY)
				die("Cannot remove directory %s: %m", e->d_name);
		} else if (unlinkat(dirfd, e->d_name, 0) < 0) {
			die("Cannot remove %s: %m", e->d_name);
		}
	}
	closedir(dir);
}

void remove_tree(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return;
		die("Cannot open %s: %m", path);
	}
	struct stat st;
	if (fstat(fd, &st) < 0)
		die("Cannot stat %s: %m", path);
	remove_tree_contents(fd, st.st_dev);
	if (rmdir(path) < 0 && errno != ENOENT)
		die("Cannot remove %s: %m", path);
}

static bool vwrite_file(const char *path, const char *fmt, va_list args)
{
	char buf[256];
	int len = vsnprintf(buf, sizeof(buf), fmt, args);
	if (len < 0 || len >= (int) sizeof(buf)) {
		errno = E2BIG;   /* never write a truncated value, never read past buf */
		return false;
	}
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return false;
	bool ok = write(fd, buf, len) == len;
	int saved = errno;
	close(fd);
	errno = saved;
	return ok;
}

void write_file(const char *path, const char *fmt, ...)
{
	va_list args;
	va_start(args, fmt);
	bool ok = vwrite_file(path, fmt, args);
	va_end(args);
	if (!ok)
		die("Cannot write %s: %m", path);
}

bool try_write_file(const char *path, const char *fmt, ...)
{
	va_list args;
	va_start(args, fmt);
	bool ok = vwrite_file(path, fmt, args);
	va_end(args);
	return ok;
}

char *read_whole_file(const char *path, size_t *len_out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	size_t size = 4096, len = 0;
	char *buf = xmalloc(size);
	for (;;) {
		if (len + 1 >= size) {
			size *= 2;
			char *bigger = realloc(buf, size);
			if (!bigger)
				die("Out of memory");
			buf = bigger;
		}
		ssize_t n = read(fd, buf + len, size - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int saved = errno;
			free(buf);
			close(fd);
			errno = saved;
			return NULL;
		}
		if (n == 0)
			break;
		len += n;
	}
	close(fd);
	buf[len] = 0;
	if (len_out)
		*len_out = len;
	return buf;
}

ssize_t read_small_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return -1;
	ssize_t len = read(fd, buf, size - 1);
	close(fd);
	if (len < 0)
		return -1;
	buf[len] = 0;
	return len;
}

uint64_t monotonic_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

ssize_t read_all(int fd, void *buf, size_t size)
{
	size_t done = 0;
	while (done < size) {
		ssize_t n = read(fd, (char *) buf + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += n;
	}
	return done;
}
