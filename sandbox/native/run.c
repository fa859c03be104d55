/*
 * --run: three processes.
 *
 *  keeper (the launcher, root, host namespaces)
 *    |  clone(NEWNS|NEWPID|NEWIPC|NEWUTS[|NEWNET])
 *  proxy  (root, PID 1 of the box's PID namespace; enters the root, reaps)
 *    |  vfork
 *  inside (the box user; drops everything, then execs the program)
 *
 * The keeper puts the proxy into the box's cgroup before letting it go on,
 * so everything the program starts is accounted and limited. The keeper
 * sleeps in sigtimedwait() until SIGCHLD or until the earliest moment a limit
 * could be crossed (remaining CPU budget divided by the CPUs the box may use),
 * so it never busy-waits. When the proxy exits, the kernel kills every other
 * process of the PID namespace; the cgroup is swept as well.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* What the proxy tells the keeper about the program. */
struct outcome {
	int wait_status;
	long max_rss_kb;
	long long cpu_us;
	long long box_cpu_us;   /* the program's and every process of the box the init reaped */
	uint64_t ended_us;      /* CLOCK_MONOTONIC when the init reaped the program (--pair orders the sides by it) */
};

static void close_passed_fds(void)
{
	if (opt.stdin_fd >= 0)
		close(opt.stdin_fd);
	if (opt.stdout_fd >= 0)
		close(opt.stdout_fd);
}

/* kept_fd: the box's kept root (keptroot.c), or -1 to build the root here. */
static noreturn void proxy_main(char **argv, int sync_fd, int status_fd, int kept_fd)
{
	/* If the keeper dies (SIGKILL, a crash), the box dies with it: the kernel
	 * kills every process of a PID namespace whose init dies. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
		die("Cannot set the parent-death signal: %m");
	close_box_lock();
	/* Opened now, while the host's /proc is still reachable; written after the program's fork. */
	int oom_fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
	if (oom_fd < 0)
		die("Cannot open oom_score_adj: %m");
	char go;
	if (read(sync_fd, &go, 1) != 1)
		_exit(2);   /* the keeper died before the start */
	close(sync_fd);
	/* Attached to the box's groups by now: the program sees them as the root of its own. */
	if (unshare(CLONE_NEWCGROUP) < 0 && errno != EINVAL)
		die("Cannot create a cgroup namespace: %m");
	if (sethostname("box", 3) < 0)
		die("sethostname: %m");
	if (kept_fd >= 0)
		kept_root_enter(kept_fd);
	else
		enter_new_root(true);
	/* The program is the OOM killer's first choice (forked with the highest score, which
	 * needs no privilege); we step back to the lowest score we may take (-1000 needs
	 * CAP_SYS_RESOURCE, which some hosts withhold from root; then 0). */
	if (write(oom_fd, "1000", 4) != 4)
		die("Cannot set the program's OOM score: %m");
	/* In a pair (--pair), the order in which the two programs ended decides a verdict, and this
	 * init's reap time is that end: it runs at real-time priority, so it wakes the moment its
	 * program ends instead of waiting for a CPU behind the other side's program. The program
	 * itself gets the normal policy back (SCHED_RESET_ON_FORK). Where the host refuses (an RT
	 * budget of 0 for the group), the end is only less exact. */
	if (end_report_fd >= 0) {
		struct sched_param rt = { .sched_priority = 1 };
		if (sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &rt) < 0)
			msg("Cannot give the box's init real-time priority (the pair's end times are less exact): %m");
	}
	/* vfork: no copy of our page tables for a process that only sets itself up and execs, a
	 * tenth of a run's cost on hosts where page-table work is dear (virtual machines). The
	 * child never returns from inside_main() (it execs or _exits), uses only its own deeper
	 * stack, and has its own descriptors, credentials, limits and filter: what it changes in
	 * our shared memory (the environment it builds) is only allocated, never read back here. */
	pid_t inside = vfork();
	if (inside < 0)
		die("Cannot fork: %m");
	if (inside == 0) {
		close(status_fd);
		close(oom_fd);
		inside_main(argv);
	}
	/* The program has its own copies of the passed pipes: ours closed, its end is its peer's EOF. */
	close_passed_fds();
	if (write(oom_fd, "-1000", 5) != 5 && write(oom_fd, "0", 1) != 1)
		die("Cannot lower the OOM score of the box's init: %m");
	close(oom_fd);
	/* As PID 1 we also reap orphans until the program itself ends. */
	struct outcome out = { 0 };
	for (;;) {
		int st;
		struct rusage ru;
		pid_t p = wait4(-1, &st, 0, &ru);
		if (p < 0 && errno == EINTR)
			continue;
		if (p < 0)
			die("wait4: %m");
		if (p == inside) {
			out.ended_us = monotonic_us();
			out.wait_status = st;
			out.max_rss_kb = ru.ru_maxrss;
			out.cpu_us = (long long) ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
				     (long long) ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
			break;
		}
	}
	/* Whatever the program left running (orphans, daemons) dies now and is reaped here, so its
	 * CPU time is counted without cgroups too. */
	kill(-1, SIGKILL);
	while (wait4(-1, NULL, __WALL, NULL) > 0 || errno == EINTR)
		;
	struct rusage all;
	if (getrusage(RUSAGE_CHILDREN, &all) == 0)
		out.box_cpu_us = (long long) all.ru_utime.tv_sec * 1000000 + all.ru_utime.tv_usec +
				 (long long) all.ru_stime.tv_sec * 1000000 + all.ru_stime.tv_usec;
	if (write(status_fd, &out, sizeof(out)) != sizeof(out))
		die("Cannot report the outcome: %m");
	_exit(0);
}

static int cpu_count(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof(set), &set) < 0)
		return 1;
	int n = CPU_COUNT(&set);
	return n > 0 ? n : 1;
}

enum kill_reason { NOT_KILLED, KILLED_CPU, KILLED_WALL, KILLED_BY_CALLER };

/* Signals that stop the launcher: handled synchronously, so the box dies with us. */
static const int stop_signals[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT };

static void watched_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGCHLD);
	sigaddset(set, SIGNAL_END_RUN);
	for (unsigned i = 0; i < ARRAY_SIZE(stop_signals); i++)
		sigaddset(set, stop_signals[i]);
}

/* The proxy of the run in progress, killed by any fatal error of the keeper. */
static pid_t running_proxy;

static void kill_running_box(void)
{
	pid_t proxy = running_proxy;
	if (proxy <= 0)
		return;
	running_proxy = 0;
	kill(proxy, SIGKILL);
	waitpid(proxy, NULL, 0);
	if (opt.use_cg)
		cg_kill_all();
}

struct watch {
	pid_t proxy;
	uint64_t start_us;
	enum kill_reason killed;
	int ncpu;
	uint64_t proc_cpu_us;    /* without cgroups: the last reading from /proc */
};

/* Microseconds until a limit could next be crossed; -1 = no limit to watch. */
static long long next_check_us(struct watch *w)
{
	long long wait = -1;
	uint64_t now = monotonic_us();
	if (opt.wall_limit) {
		long long left = (long long) (opt.wall_limit * 1e6) - (long long) (now - w->start_us);
		if (left <= 0) {
			w->killed = KILLED_WALL;
			return 0;
		}
		wait = left;
	}
	if (opt.time_limit) {
		uint64_t used = opt.use_cg ? cg_cpu_us() : (w->proc_cpu_us = box_cpu_us_from_proc(w->proxy));
		long long left = (long long) ((opt.time_limit + opt.extra_time) * 1e6) - (long long) used;
		if (left <= 0) {
			w->killed = KILLED_CPU;
			return 0;
		}
		left = left / w->ncpu + 1000;
		if (wait < 0 || left < wait)
			wait = left;
	}
	return wait;
}

pid_t end_notify_pid;
int end_report_fd = -1;

/* --pair: tells the pair that this side's box has ended, or is being ended now. */
static void notify_end(void)
{
	if (end_notify_pid > 0)
		kill(end_notify_pid, SIGNAL_SIDE_ENDED);
	end_notify_pid = 0;
}

static int watch_proxy(struct watch *w)
{
	sigset_t watched;
	watched_signals(&watched);
	for (;;) {
		int st;
		pid_t p = waitpid(w->proxy, &st, WNOHANG);
		if (p == w->proxy) {
			notify_end();
			return st;
		}
		if (p < 0 && errno != EINTR)
			die("waitpid: %m");
		long long wait = next_check_us(w);
		if (w->killed) {
			notify_end();
			kill(w->proxy, SIGKILL);
			if (waitpid(w->proxy, &st, 0) < 0)
				die("waitpid: %m");
			return st;
		}
		struct timespec ts = { wait / 1000000, (wait % 1000000) * 1000 };
		int sig = sigtimedwait(&watched, NULL, wait < 0 ? NULL : &ts);
		if (sig < 0 && errno != EAGAIN && errno != EINTR)
			die("sigtimedwait: %m");
		if (sig == SIGNAL_END_RUN) {
			/* The caller ends the run (--pair: the grace after the other side's end ran out),
			 * unless the box has just ended on its own. */
			notify_end();
			if (waitpid(w->proxy, &st, WNOHANG) == w->proxy)
				return st;
			w->killed = KILLED_BY_CALLER;
			kill(w->proxy, SIGKILL);
			if (waitpid(w->proxy, &st, 0) < 0)
				die("waitpid: %m");
			return st;
		}
		if (sig > 0 && sig != SIGCHLD)
			die("The launcher was stopped by signal %d; the box was killed", sig);   /* on_fatal kills it */
	}
}

/* exec_error: the program could not be started (no such file, no dynamic linker, not
 * executable), the program's fault, reported as a run-time error with exit code 127. */
static noreturn void report(struct watch *w, struct outcome *out, uint64_t wall_us, const char *exec_error)
{
	uint64_t cpu_us = opt.use_cg ? cg_cpu_us() : (uint64_t) out->box_cpu_us;
	if (!opt.use_cg && w->proc_cpu_us > cpu_us)
		cpu_us = w->proc_cpu_us;   /* the program was killed before it could be reaped */
	bool oom = opt.use_cg && cg_oom_killed();
	meta_printf("time:%.3f\ntime-wall:%.3f\nmax-rss:%ld\n", cpu_us / 1e6, wall_us / 1e6, out->max_rss_kb);
	if (opt.use_cg) {
		meta_printf("cg-mem:%llu\n", (unsigned long long) cg_mem_peak_kb());
		if (oom)
			meta_printf("cg-oom-killed:1\n");
	}
	int st = out->wait_status;
	if (WIFSIGNALED(st))
		meta_printf("exitsig:%d\n", WTERMSIG(st));
	else
		meta_printf("exitcode:%d\n", WEXITSTATUS(st));
	/* Limits first: a program that crossed its time limit and then crashed timed out. */
	if (w->killed) {
		meta_printf("killed:1\n");
		if (w->killed == KILLED_BY_CALLER)
			err("TO: Ended by the caller (SIGUSR1: with --pair, the grace after the other side's end ran out)");
		err(w->killed == KILLED_WALL ? "TO: Time limit exceeded (wall clock)" : "TO: Time limit exceeded");
	}
	if ((opt.time_limit && cpu_us > opt.time_limit * 1e6) ||
	    (WIFSIGNALED(st) && WTERMSIG(st) == SIGXCPU && opt.time_limit)) {
		if (WIFSIGNALED(st))
			meta_printf("killed:1\n");
		err("TO: Time limit exceeded");
	}
	if (opt.wall_limit && wall_us > opt.wall_limit * 1e6)
		err("TO: Time limit exceeded (wall clock)");
	if (WIFSIGNALED(st))
		err("SG: Caught fatal signal %d%s", WTERMSIG(st), oom ? " (out of memory)" : "");
	if (exec_error)
		err("RE: %s", exec_error);
	if (WEXITSTATUS(st))
		err("RE: Exited with error status %d", WEXITSTATUS(st));
	meta_close();
	if (!silent)
		fprintf(stderr, "OK (%.3f sec real, %.3f sec wall)\n", cpu_us / 1e6, wall_us / 1e6);
	exit(0);
}

void run_command(char **argv)
{
	reset_box_dir();
	if (opt.use_cg) {
		cg_create();
		cg_prepare();
	}
	int sync_pipe[2], status_pipe[2], error_pipe[2];
	if (pipe2(sync_pipe, O_CLOEXEC) < 0 || pipe2(status_pipe, O_CLOEXEC) < 0 || pipe2(error_pipe, O_CLOEXEC) < 0)
		die("pipe: %m");
	sigset_t watched;
	watched_signals(&watched);
	sigprocmask(SIG_BLOCK, &watched, NULL);

	/* With a kept root, the box's init joins a copy of it instead of copying the host's mounts. */
	int kept_fd = kept_root_open();
	unsigned long flags = (kept_fd >= 0 ? 0 : CLONE_NEWNS) | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
	if (!opt.share_net)
		flags |= CLONE_NEWNET;   /* fresh every run: netns.c */
	fflush(NULL);
	pid_t proxy = syscall(SYS_clone, flags, NULL, NULL, NULL, 0);
	if (proxy < 0)
		die("clone: %m");
	if (proxy == 0) {
		sigprocmask(SIG_UNBLOCK, &watched, NULL);
		close(sync_pipe[1]);
		close(status_pipe[0]);
		close(error_pipe[0]);
		child_error_fd = error_pipe[1];
		proxy_main(argv, sync_pipe[0], status_pipe[1], kept_fd);
	}
	if (kept_fd >= 0)
		close(kept_fd);
	close_passed_fds();
	running_proxy = proxy;
	on_fatal = kill_running_box;
	close(sync_pipe[0]);
	close(status_pipe[1]);
	close(error_pipe[1]);
	if (opt.use_cg)
		cg_attach(proxy);
	struct watch w = { .proxy = proxy, .start_us = monotonic_us(), .ncpu = cpu_count() };
	if (write(sync_pipe[1], "g", 1) != 1)
		die("Cannot start the sandbox: %m");
	close(sync_pipe[1]);
	int proxy_status = watch_proxy(&w);
	running_proxy = 0;
	uint64_t wall_us = monotonic_us() - w.start_us;
	if (opt.use_cg)
		cg_kill_all();

	char error[1024];
	ssize_t len = read_all(error_pipe[0], error, sizeof(error) - 1);
	const char *exec_error = NULL;
	if (len > 0) {
		error[len] = 0;
		if (error[0] == EXEC_FAILED_MARK)
			exec_error = error + 1;
		else if (!w.killed)
			die("%s", error);
	}
	struct outcome out;
	if (read_all(status_pipe[0], &out, sizeof(out)) != sizeof(out)) {
		/* The init process died: killed by us at a limit, or by the OOM killer
		 * when the box's memory (files in /tmp or /dev/shm too) ran out. */
		if (!w.killed && !(opt.use_cg && cg_oom_killed()))
			die("The sandbox's init process failed (wait status %d)", proxy_status);
		memset(&out, 0, sizeof(out));
		out.wait_status = SIGKILL;   /* as if signalled */
	}
	if (end_report_fd >= 0) {
		/* --pair: when the program ended, read there; 0 when the box was killed. */
		if (write(end_report_fd, &out.ended_us, sizeof(out.ended_us)) != sizeof(out.ended_us))
			msg("Cannot tell the pair when the program ended: %m");
		close(end_report_fd);
		end_report_fd = -1;
	}
	report(&w, &out, wall_us, exec_error);
}
