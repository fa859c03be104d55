/*
 * The program's own process, forked by the box's init process inside the new root: it sets
 * the resource limits, drops to the box user with no capabilities and no_new_privs, opens the
 * redirections as that user, installs the syscall filter and execs the program.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* Sets both limits; without CAP_SYS_RESOURCE a hard limit cannot grow, so a
 * larger request is capped at the current hard limit. */
static void set_limit(int resource, rlim_t value, const char *name)
{
	struct rlimit rl = { value, value };
	if (setrlimit(resource, &rl) == 0)
		return;
	struct rlimit cur;
	if (errno == EPERM && getrlimit(resource, &cur) == 0 && cur.rlim_max != RLIM_INFINITY &&
	    (value == RLIM_INFINITY || value > cur.rlim_max)) {
		rl.rlim_cur = rl.rlim_max = cur.rlim_max;
		if (setrlimit(resource, &rl) == 0)
			return;
	}
	die("setrlimit(%s): %m", name);
}

static rlim_t kb_or_infinity(unsigned long kb)
{
	return kb ? (rlim_t) kb * 1024 : RLIM_INFINITY;
}

static void set_limits(void)
{
	set_limit(RLIMIT_AS, kb_or_infinity(opt.mem_kb), "AS");
	set_limit(RLIMIT_STACK, kb_or_infinity(opt.stack_kb), "STACK");
	set_limit(RLIMIT_FSIZE, kb_or_infinity(opt.fsize_kb), "FSIZE");
	set_limit(RLIMIT_NOFILE, opt.open_files, "NOFILE");
	set_limit(RLIMIT_NPROC, opt.processes ? (rlim_t) opt.processes : RLIM_INFINITY, "NPROC");
	set_limit(RLIMIT_CORE, 0, "CORE");
	set_limit(RLIMIT_MEMLOCK, 0, "MEMLOCK");
	set_limit(RLIMIT_MSGQUEUE, 0, "MSGQUEUE");
	set_limit(RLIMIT_RTPRIO, 0, "RTPRIO");
	set_limit(RLIMIT_NICE, 0, "NICE");
	if (opt.time_limit) {
		/* A per-process backstop; the keeper enforces the real, whole-box limit. The soft
		 * limit sends SIGXCPU (a time-out), the hard one a second later SIGKILL. */
		rlim_t soft = (rlim_t) (opt.time_limit + opt.extra_time) + 1 + (opt.use_cg ? 1 : 0);
		struct rlimit rl = { soft, soft + 1 };
		if (setrlimit(RLIMIT_CPU, &rl) < 0)
			die("setrlimit(CPU): %m");
	}
}

static void drop_privileges(void)
{
	for (int cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
			die("Cannot drop capability %d: %m", cap);
	/* An inheritable set the launcher was started with would survive the change of user. */
	struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct caps[_LINUX_CAPABILITY_U32S_3];
	if (syscall(SYS_capget, &header, caps) < 0)
		die("capget: %m");
	for (unsigned i = 0; i < ARRAY_SIZE(caps); i++)
		caps[i].inheritable = 0;
	if (syscall(SYS_capset, &header, caps) < 0)
		die("Cannot clear the inheritable capabilities: %m");
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
		die("Cannot clear ambient capabilities: %m");
	if (setgroups(0, NULL) < 0)
		die("setgroups: %m");
	if (setresgid(box_gid, box_gid, box_gid) < 0)
		die("setresgid: %m");
	if (setresuid(box_uid, box_uid, box_uid) < 0)
		die("setresuid: %m");
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
		die("Cannot clear ambient capabilities: %m");
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		die("Cannot set no_new_privs: %m");
}

static void redirect(const char *path, int target, int flags)
{
	int fd = open(path, flags | O_CLOEXEC, 0666);
	if (fd < 0)
		die("Cannot open %s: %m", path);
	if (dup3(fd, target, 0) < 0)
		die("dup3: %m");
	close(fd);
}

/* Tells the keeper that the program itself could not be executed; exits like a shell, 127. */
static noreturn void exec_failed(const char *program)
{
	char buf[512];
	int len = snprintf(buf, sizeof(buf), "%cexecve(\"%s\") failed: %m", EXEC_FAILED_MARK, program);
	if (len > (int) sizeof(buf) - 1)
		len = sizeof(buf) - 1;
	ssize_t ignored = write(child_error_fd, buf, len);
	(void) ignored;
	_exit(127);
}

noreturn void inside_main(char **argv)
{
	setsid();
	set_limits();
	/* Every inherited descriptor closes at exec; the error pipe stays usable until then. */
	if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) < 0)
		die("close_range: %m");
	drop_privileges();
	/* As the box user, so no link the box planted leads anywhere root alone may go. */
	const char *dir = opt.chdir_path ? opt.chdir_path : "/box";
	if (chdir(dir) < 0)
		die("Cannot change directory to %s: %m", dir);
	/* Redirections are opened as the box user, inside the box's root. */
	if (opt.stdin_path)
		redirect(opt.stdin_path, 0, O_RDONLY);
	if (opt.stdout_path)
		redirect(opt.stdout_path, 1, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW);
	if (opt.stderr_path)
		redirect(opt.stderr_path, 2, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW);
	/* Pipes the caller passed (--stdin-fd, --stdout-fd); the originals close at exec. */
	if (opt.stdin_fd >= 0 && dup3(opt.stdin_fd, 0, 0) < 0)
		die("dup3: %m");
	if (opt.stdout_fd >= 0 && dup3(opt.stdout_fd, 1, 0) < 0)
		die("dup3: %m");
	if (opt.stderr_to_stdout && dup2(1, 2) < 0)
		die("dup2: %m");
	char **env = build_environment();
	seccomp_install();
	execve(argv[0], argv, env);
	exec_failed(argv[0]);
}
