/*
 * --serve: a resident launcher for a caller that runs many commands (the Java driver).
 *
 * Starting judgebox per command costs an exec, the C library's start-up (CPU feature probes
 * that trap to the hypervisor on a virtual machine) and the caller's own process spawn; the
 * resident launcher pays them once. For each request it forks a worker that runs exactly
 * what `judgebox ARGS...` would, with its standard output and error in the request's output
 * file and its standard input /dev/null, so every command keeps its own process, box lock and
 * exit status; requests for different boxes run at the same time.
 *
 * Requests on standard input, each a sequence of NUL-terminated fields:
 *   ID TIMEOUT_MS OUTPUT_FILE ARGC ARG_1 ... ARG_ARGC
 * (ARG_i are the options of one judgebox command, e.g. --box-id=3 --cg --run -- /box/a).
 * Answers on standard output, one line per request, in the order the commands end:
 *   ID exit N       the command ended with status N
 *   ID signal N     the command was killed by signal N
 *   ID timeout      it ran past TIMEOUT_MS and was killed (its box with it)
 *   ID refused WHY  the request could not be started (malformed, too many at once)
 * A request must be shorter than 1 MiB; a longer one is refused and ends the launcher (the
 * stream's framing is lost). The launcher's environment is emptied at its start: a command can
 * give a box only variables with a value (--env=NAME=VALUE).
 * The first line is "judgebox-serve 1" once the launcher is ready. At the end of standard
 * input (the caller exited or closed it), or on SIGTERM/SIGINT/SIGHUP, every running command
 * is killed (which kills its box) and the launcher exits. If the launcher itself is killed, its
 * workers die with it (parent-death signal), and their boxes with them.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_WORKERS 1024
#define MAX_REQUEST (1 << 20)
#define MAX_FIELDS 4096

struct worker {
	pid_t pid;
	char id[32];
	uint64_t deadline_us;
	bool timed_out;
};

static struct worker workers[MAX_WORKERS];
static int num_workers;

/* Bytes of standard input not yet parsed into a request. */
static char *inbuf;
static size_t inlen;

static void answer(const char *id, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void answer(const char *id, const char *fmt, ...)
{
	char line[512];
	int n = snprintf(line, sizeof(line), "%s ", id);
	va_list args;
	va_start(args, fmt);
	n += vsnprintf(line + n, sizeof(line) - n - 1, fmt, args);
	va_end(args);
	if (n > (int) sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	for (int done = 0; done < n;) {
		ssize_t w = write(1, line + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			exit(0);   /* nobody reads the answers any more */
		done += w;
	}
}

static void kill_all_and_exit(void)
{
	for (int i = 0; i < num_workers; i++)
		kill(workers[i].pid, SIGKILL);
	while (wait(NULL) > 0 || errno == EINTR)
		;
	exit(0);
}

/* In the forked worker: becomes `judgebox ARGS...` with its output in output_file. */
static noreturn void worker_main(const char *output_file, int argc, char **argv, const sigset_t *blocked, pid_t server)
{
	/* The worker is its box's keeper: if the resident launcher dies (even by SIGKILL), so do
	 * the worker and, through its own parent-death signal, the box's init and program. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != server)
		_exit(2);
	sigprocmask(SIG_UNBLOCK, blocked, NULL);
	signal(SIGPIPE, SIG_DFL);
	int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
	int out = open(output_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
	if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
		_exit(2);
	if (syscall(SYS_close_range, 3, ~0U, 0) < 0) {
		for (int fd = 3; fd < 1024; fd++)
			close(fd);
	}
	exit(judgebox_main(argc, argv));
}

/* Parses one field starting at *pos; NULL when the buffer does not hold all of it yet. */
static char *next_field(size_t *pos)
{
	char *start = inbuf + *pos;
	char *nul = memchr(start, 0, inlen - *pos);
	if (!nul)
		return NULL;
	*pos = nul - inbuf + 1;
	return start;
}

static bool parse_count(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-' || v > max)
		return false;
	*out = v;
	return true;
}

/* Starts every complete request in the buffer; keeps the rest for the next read. */
static void start_requests(const sigset_t *blocked)
{
	size_t pos = 0;
	for (;;) {
		size_t start = pos;
		char *id = next_field(&pos), *timeout = id ? next_field(&pos) : NULL;
		char *output = timeout ? next_field(&pos) : NULL, *count = output ? next_field(&pos) : NULL;
		if (!count) {
			pos = start;
			break;
		}
		unsigned long timeout_ms, argc;
		if (!parse_count(count, MAX_FIELDS, &argc) || !parse_count(timeout, 7UL * 24 * 3600 * 1000, &timeout_ms)) {
			/* The stream has lost its framing: nothing after this can be trusted. */
			answer(strlen(id) < 32 ? id : "?", "refused malformed request (timeout '%.32s', count '%.32s')", timeout, count);
			kill_all_and_exit();
		}
		char **argv = xmalloc((argc + 2) * sizeof(char *));
		argv[0] = "judgebox";
		unsigned long i;
		for (i = 0; i < argc; i++)
			if (!(argv[i + 1] = next_field(&pos)))
				break;
		if (i < argc) {
			free(argv);
			pos = start;
			break;
		}
		argv[argc + 1] = NULL;
		if (strlen(id) >= sizeof(workers[0].id) || !id[0])
			answer("?", "refused an id must be 1 to 31 characters");
		else if (num_workers >= MAX_WORKERS)
			answer(id, "refused %d commands are running already", MAX_WORKERS);
		else if (!output[0])
			answer(id, "refused no output file");
		else {
			fflush(NULL);
			pid_t server = getpid();
			pid_t pid = fork();
			if (pid < 0)
				answer(id, "refused fork: %m");
			else if (pid == 0)
				worker_main(output, (int) argc + 1, argv, blocked, server);
			else {
				struct worker *w = &workers[num_workers++];
				w->pid = pid;
				snprintf(w->id, sizeof(w->id), "%s", id);
				w->deadline_us = timeout_ms ? monotonic_us() + timeout_ms * 1000 : 0;
				w->timed_out = false;
			}
		}
		free(argv);
	}
	memmove(inbuf, inbuf + pos, inlen - pos);
	inlen -= pos;
}

static void reap(void)
{
	for (;;) {
		int st;
		pid_t pid = waitpid(-1, &st, WNOHANG);
		if (pid <= 0)
			return;
		for (int i = 0; i < num_workers; i++) {
			if (workers[i].pid != pid)
				continue;
			if (workers[i].timed_out)
				answer(workers[i].id, "timeout");
			else if (WIFSIGNALED(st))
				answer(workers[i].id, "signal %d", WTERMSIG(st));
			else
				answer(workers[i].id, "exit %d", WEXITSTATUS(st));
			workers[i] = workers[--num_workers];
			break;
		}
	}
}

/* Kills commands past their deadline; returns the milliseconds to the next deadline, or -1. */
static int enforce_deadlines(void)
{
	uint64_t now = monotonic_us();
	long long next = -1;
	for (int i = 0; i < num_workers; i++) {
		struct worker *w = &workers[i];
		if (!w->deadline_us || w->timed_out)
			continue;
		if (w->deadline_us <= now) {
			/* The worker is the box's keeper: its box's init dies with it (parent-death signal). */
			kill(w->pid, SIGKILL);
			w->timed_out = true;
			continue;
		}
		long long left = (long long) (w->deadline_us - now + 999) / 1000;
		if (next < 0 || left < next)
			next = left;
	}
	return next > INT_MAX ? INT_MAX : (int) next;
}

int serve_main(void)
{
	sigset_t blocked;
	sigemptyset(&blocked);
	sigaddset(&blocked, SIGCHLD);
	sigaddset(&blocked, SIGTERM);
	sigaddset(&blocked, SIGINT);
	sigaddset(&blocked, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &blocked, NULL) < 0)
		die("sigprocmask: %m");
	signal(SIGPIPE, SIG_IGN);
	int sfd = signalfd(-1, &blocked, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		die("signalfd: %m");
	/* Whatever the caller's environment holds (a JVM's secrets) stays out of every box: the
	 * environment is emptied but for the configuration's path, and --env=NAME and --full-env
	 * import nothing here (env.c). */
	const char *config = getenv("JUDGEBOX_CONFIG");
	char *kept_config = config ? xstrdup(config) : NULL;
	if (clearenv() != 0 || (kept_config && setenv("JUDGEBOX_CONFIG", kept_config, 1) < 0))
		die("Cannot clear the environment: %m");
	free(kept_config);
	env_import_allowed = false;
	inbuf = xmalloc(MAX_REQUEST);
	answer("judgebox-serve", "1");
	for (;;) {
		struct pollfd fds[2] = { { .fd = 0, .events = POLLIN }, { .fd = sfd, .events = POLLIN } };
		int wait_ms = enforce_deadlines();
		if (poll(fds, 2, wait_ms) < 0 && errno != EINTR)
			die("poll: %m");
		if (fds[1].revents & POLLIN) {
			struct signalfd_siginfo si;
			while (read(sfd, &si, sizeof(si)) == sizeof(si))
				if (si.ssi_signo != SIGCHLD)
					kill_all_and_exit();
			reap();
		}
		if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t n = read(0, inbuf + inlen, MAX_REQUEST - inlen);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				kill_all_and_exit();
			inlen += n;
			start_requests(&blocked);
			/* A full buffer without a whole request: checked now, not at the next read, which
			 * a caller waiting for its answer would never send. */
			if (inlen == MAX_REQUEST) {
				answer("?", "refused a request longer than %d bytes", MAX_REQUEST - 1);
				kill_all_and_exit();
			}
		}
	}
}
