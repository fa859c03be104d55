/*
 * --pair: two runs whose programs talk to each other, an interactive problem's submission and
 * its validator, each in its own box with its own limits.
 *
 *   judgebox --pair [--grace=SEC] [--meta=FILE] -- N A_1 ... A_N M B_1 ... B_M
 *
 * A_i and B_i are the options of two ordinary --run commands (their own --box-id, limits,
 * --meta, --run -- program...). The pair makes two pipes and forks two launchers:
 *
 *   pair (root)
 *    |-- side a: judgebox --stdin-fd=<b's output> --stdout-fd=<a's output> A_1 ... A_N
 *    `-- side b: judgebox --stdin-fd=<a's output> --stdout-fd=<b's output> B_1 ... B_M
 *
 * so a's program writes to b's program's standard input and the other way round; nothing else
 * is shared. Each side is a whole launcher (keeper, box init, program; run.c), in its own box,
 * PID namespace and user; the pipes are the only thing the two programs have in common, and
 * each side's launcher and box init close their copies, so a program's end is its peer's end of
 * file (or SIGPIPE). --stdin-fd/--stdout-fd require --wall-time, so a side that stops reading or
 * writing ends at its own wall limit. A side's launcher tells the pair (SIGUSR2) the moment its
 * box has ended, or the moment it decides to end it at a limit, before it cleans up and reports;
 * that moment is the side's end (its launcher's exit, if it never got that far). When the
 * first side has ended, the other gets --grace seconds (default 1) to end by itself; then its launcher is sent SIGUSR1 and kills its
 * box, reporting TO with killed:1; if it has not ended 2 s later it is killed (SIGKILL), its box
 * with it (parent-death signals). If the pair is killed, both sides die with it.
 *
 * The pair's meta file (key:value lines):
 *   first:a|b              the side that ended first
 *   a-end:SEC, b-end:SEC   when each side ended, seconds after the pair started both
 *   a-exitcode:N           a side launcher's exit status (0 OK, 1 the program failed, 2 the
 *   a-exitsig:N            sandbox failed; see its own meta file), or the signal that killed it
 *   grace-ended:a|b        the side the pair ended after the grace, if any
 * Exit status: 2 if either side's launcher failed (exit 2 or a signal) or the pair itself
 * failed, else 0; the programs' fates are in the sides' own meta files.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_SIDE_ARGS 4096
/* After SIGUSR1, how long a side's launcher may take to kill its box and report. */
#define END_TIMEOUT_US 2000000ULL

struct side {
	char name;               /* 'a' or 'b' */
	int argc;
	char **argv;             /* the side's own options, without the program's name */
	int in_fd, out_fd;       /* its program's standard input and output */
	pid_t pid;
	bool ended;              /* its launcher has exited */
	int status;
	uint64_t end_us;         /* since the start: its box ended (SIGUSR2), else its launcher exited */
	bool box_ended;
	int end_pipe[2];         /* its launcher writes when its program ended, read once both have */
};

static noreturn void pair_usage(const char *problem)
{
	fprintf(stderr, "judgebox: %s\n"
		"Usage: judgebox --pair [--grace=SEC] [--meta=FILE] -- N <run options>... M <run options>...\n",
		problem);
	exit(2);
}

static bool parse_number(const char *arg, double max, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v >= 0) || v > max)
		return false;
	*out = v;
	return true;
}

/* Takes one side's "N ARG_1 ... ARG_N" from argv at *pos. */
static void take_side(struct side *s, int argc, char **argv, int *pos)
{
	double n;
	if (*pos >= argc || !parse_number(argv[*pos], MAX_SIDE_ARGS, &n) || n != (int) n || n < 1)
		pair_usage("Each side is a count (1 to 4096) followed by that many options of a --run command");
	s->argc = (int) n;
	if (*pos + 1 + s->argc > argc)
		pair_usage("A side has fewer options than its count says");
	s->argv = argv + *pos + 1;
	*pos += 1 + s->argc;
}

/* In the forked side: becomes `judgebox --stdin-fd=.. --stdout-fd=.. ARGS...`. */
static noreturn void side_main(struct side *s, struct side *other, pid_t pair)
{
	/* If the pair dies, so does this side's launcher, and its box through its own parent-death signal. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != pair)
		_exit(2);
	meta_detach();
	end_notify_pid = pair;
	close(s->end_pipe[0]);
	close(other->end_pipe[0]);
	close(other->end_pipe[1]);
	end_report_fd = s->end_pipe[1];
	close(other->in_fd);
	close(other->out_fd);
	signal(SIGPIPE, SIG_DFL);   /* what a program writing to an ended peer expects */
	char **argv = xmalloc((s->argc + 4) * sizeof(char *));
	argv[0] = "judgebox";
	argv[1] = xsprintf("--stdin-fd=%d", s->in_fd);
	argv[2] = xsprintf("--stdout-fd=%d", s->out_fd);
	memcpy(argv + 3, s->argv, s->argc * sizeof(char *));
	argv[s->argc + 3] = NULL;
	/* SIGUSR1 and the stop signals stay blocked (the pair's mask): run.c waits for them. */
	exit(judgebox_main(s->argc + 3, argv));
}

static void record_box_end(struct side *s, uint64_t start_us)
{
	if (!s->box_ended) {
		s->box_ended = true;
		s->end_us = monotonic_us() - start_us;
	}
}

/*
 * The moment each program ended as its box's init saw it (one wake-up after the exit), rather than
 * when the news reached the pair through two more processes: under load those hops take
 * milliseconds, and a validator that ended because the submission did could seem to end first.
 * A side killed at a limit keeps the time its launcher reported.
 */
static void refine_end(struct side *s, uint64_t start_us)
{
	uint64_t ended = 0;
	if (read(s->end_pipe[0], &ended, sizeof(ended)) == sizeof(ended) && ended >= start_us)
		s->end_us = ended - start_us;
	close(s->end_pipe[0]);
}

static void report_side(const struct side *s)
{
	meta_printf("%c-end:%.6f\n", s->name, s->end_us / 1e6);
	if (WIFSIGNALED(s->status))
		meta_printf("%c-exitsig:%d\n", s->name, WTERMSIG(s->status));
	else
		meta_printf("%c-exitcode:%d\n", s->name, WEXITSTATUS(s->status));
}

static bool side_failed(const struct side *s)
{
	return WIFSIGNALED(s->status) || WEXITSTATUS(s->status) > 1;
}

int pair_main(int argc, char **argv)
{
	double grace = 1;
	const char *meta_path = NULL;
	int pos = 2;
	for (; pos < argc && strcmp(argv[pos], "--"); pos++) {
		if (!strncmp(argv[pos], "--grace=", 8)) {
			if (!parse_number(argv[pos] + 8, 3600, &grace))
				pair_usage("--grace takes seconds (fractions allowed, at most 3600)");
		} else if (!strncmp(argv[pos], "--meta=", 7) && argv[pos][7]) {
			meta_path = argv[pos] + 7;
		} else {
			pair_usage("--pair takes only --grace=SEC and --meta=FILE before --");
		}
	}
	if (pos >= argc)
		pair_usage("--pair needs -- and the two sides");
	pos++;
	struct side sides[2] = { { .name = 'a' }, { .name = 'b' } };
	take_side(&sides[0], argc, argv, &pos);
	take_side(&sides[1], argc, argv, &pos);
	if (pos != argc)
		pair_usage("Unexpected arguments after the second side");
	if (meta_path)
		meta_open(meta_path);

	int a_to_b[2], b_to_a[2];
	if (pipe2(a_to_b, O_CLOEXEC) < 0 || pipe2(b_to_a, O_CLOEXEC) < 0)
		die("pipe: %m");
	sides[0].in_fd = b_to_a[0];
	sides[0].out_fd = a_to_b[1];
	sides[1].in_fd = a_to_b[0];
	sides[1].out_fd = b_to_a[1];
	for (int i = 0; i < 2; i++)
		if (pipe2(sides[i].end_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
			die("pipe: %m");

	sigset_t watched;
	sigemptyset(&watched);
	sigaddset(&watched, SIGCHLD);
	sigaddset(&watched, SIGNAL_END_RUN);
	sigaddset(&watched, SIGNAL_SIDE_ENDED);
	sigaddset(&watched, SIGTERM);
	sigaddset(&watched, SIGINT);
	sigaddset(&watched, SIGHUP);
	sigaddset(&watched, SIGQUIT);
	sigprocmask(SIG_BLOCK, &watched, NULL);
	pid_t pair = getpid();
	uint64_t start_us = monotonic_us();
	for (int i = 0; i < 2; i++) {
		fflush(NULL);
		pid_t pid = fork();
		if (pid < 0) {
			if (i == 1) {
				kill(sides[0].pid, SIGTERM);
				waitpid(sides[0].pid, NULL, 0);
			}
			die("fork: %m");
		}
		if (pid == 0)
			side_main(&sides[i], &sides[1 - i], pair);
		sides[i].pid = pid;
	}
	/* Only the sides' programs keep the pipes. */
	close(a_to_b[0]);
	close(a_to_b[1]);
	close(b_to_a[0]);
	close(b_to_a[1]);

	struct side *first = NULL, *grace_ended = NULL;
	uint64_t end_at = 0, kill_at = 0;   /* since start_us; 0 = not yet */
	siginfo_t si = { 0 };
	int sig = 0;
	for (;;) {
		int st;
		for (int i = 0; i < 2; i++) {
			if (sig == SIGNAL_SIDE_ENDED && si.si_pid == sides[i].pid)
				record_box_end(&sides[i], start_us);
			if (!sides[i].ended && waitpid(sides[i].pid, &st, WNOHANG) == sides[i].pid) {
				record_box_end(&sides[i], start_us);
				sides[i].ended = true;
				sides[i].status = st;
			}
			if (!first && sides[i].box_ended) {
				first = &sides[i];
				end_at = first->end_us + (uint64_t) (grace * 1e6);
			}
		}
		if (sides[0].ended && sides[1].ended)
			break;
		struct side *other = first == &sides[0] ? &sides[1] : &sides[0];
		uint64_t now = monotonic_us() - start_us;
		if (first && !kill_at && now >= end_at) {
			kill(other->pid, SIGNAL_END_RUN);
			grace_ended = other;
			kill_at = now + END_TIMEOUT_US;
		} else if (kill_at && now >= kill_at) {
			kill(other->pid, SIGKILL);
			kill_at = UINT64_MAX;
		}
		uint64_t next = !first ? 0 : !kill_at ? end_at : kill_at != UINT64_MAX ? kill_at : 0;
		uint64_t wait_us = next > now ? next - now : 0;
		struct timespec ts = { wait_us / 1000000, (wait_us % 1000000) * 1000 };
		sig = sigtimedwait(&watched, &si, next ? &ts : NULL);
		if (sig < 0 && errno != EAGAIN && errno != EINTR)
			die("sigtimedwait: %m");
		if (sig > 0 && sig != SIGCHLD && sig != SIGNAL_END_RUN && sig != SIGNAL_SIDE_ENDED) {
			/* Stopped: each side's launcher kills its box and reports XX. */
			for (int i = 0; i < 2; i++)
				if (!sides[i].ended)
					kill(sides[i].pid, SIGTERM);
			while (wait(NULL) > 0 || errno == EINTR)
				;
			die("The pair was stopped by signal %d; both boxes were killed", sig);
		}
	}
	for (int i = 0; i < 2; i++) {
		close(sides[i].end_pipe[1]);
		refine_end(&sides[i], start_us);
	}
	if (sides[0].end_us != sides[1].end_us)
		first = sides[0].end_us < sides[1].end_us ? &sides[0] : &sides[1];
	meta_printf("first:%c\n", first->name);
	report_side(&sides[0]);
	report_side(&sides[1]);
	if (grace_ended)
		meta_printf("grace-ended:%c\n", grace_ended->name);
	meta_close();
	return side_failed(&sides[0]) || side_failed(&sides[1]) ? 2 : 0;
}
