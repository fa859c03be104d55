/*
 * judgebox: a sandbox launcher that speaks IOI Isolate's command line and
 * meta-file contract.
 *
 * Theory of operation
 * -------------------
 * A box is a numbered slot (0 .. num_boxes-1). Box N owns:
 *   - <box_root>/N/box: the program's files, a tmpfs mounted by --init whose
 *     size is the box's quota, owned by the box user (uid first_uid+N,
 *     gid first_gid+N), which appears as /box inside;
 *   - <box_root>/N/root: an empty mount point for the sandbox's root;
 *   - <box_root>/N.lock: flock()ed for the whole of every command, so two
 *     launchers never work on one box; --init refuses a box that is already
 *     initialized, so a box stays with one owner from --init to --cleanup;
 *   - <box_root>/N/mnt: the box's root, built by its first run and kept for the
 *     next ones while their rules and the host paths they bind are the same
 *     (keptroot.c);
 *   - unless --no-cg, its own control groups (cgroup.c).
 *
 * --run clones a process into new PID, IPC, UTS and (unless --share-net)
 * network namespaces, the last empty but for a loopback that is down (netns.c). That process, PID 1 of the box,
 * enters a private copy of the box's kept root (or, where a root cannot be
 * kept, builds one from the directory rules in a new mount namespace: rules.c,
 * root.c), mounts a fresh /tmp, /dev/shm and /proc, and vforks the program's
 * process (inside.c), which sets
 * resource limits, drops to the box user with no capabilities and
 * no_new_privs, installs the syscall filter (filter_rules.c, compiled at
 * build time) and execs the program. The launcher stays outside, watches CPU
 * time (from the cgroup) and wall time without busy-waiting, kills the box
 * when a limit is crossed, and writes the meta file (run.c).
 *
 * --serve (serve.c) keeps one launcher running for a caller with many
 * commands: each command is a forked worker instead of a new process.
 *
 * --pair (pair.c) runs two --run commands, each in its own box, whose programs talk through two
 * pipes (an interactive problem's submission and validator): each side's launcher gets its pipe
 * ends as --stdin-fd/--stdout-fd, and once one side has ended the other gets a bounded grace
 * before its launcher is told to end it (SIGUSR1).
 *
 * Exit status: 0 when the program finished normally, 1 when it failed
 * (RE, SG, TO), 2 when the sandbox itself failed (status XX).
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

/* Control groups by default: without them the CPU time of processes the program orphaned
 * escapes the box's figures (isolate accounts only with --cg); --no-cg turns them off. */
struct options opt = { .box_id = 0, .use_cg = true, .processes = 1, .open_files = 64, .stdin_fd = -1, .stdout_fd = -1 };
uid_t box_uid;
gid_t box_gid;
char *box_dir;

enum command { CMD_NONE, CMD_INIT, CMD_RUN, CMD_CLEANUP, CMD_VERSION };

enum long_only {
	OPT_CG = 256, OPT_NO_CG, OPT_CG_MEM, OPT_CG_TIMING, OPT_INIT, OPT_RUN, OPT_CLEANUP, OPT_VERSION,
	OPT_SHARE_NET, OPT_STDERR_TO_STDOUT, OPT_CONFIG, OPT_HELP, OPT_STDIN_FD, OPT_STDOUT_FD,
};

static const char short_options[] = "b:c:d:eE:f:i:k:m:M:n:o:p::q:r:st:vw:x:";

static const struct option long_options[] = {
	{ "box-id", required_argument, NULL, 'b' },
	{ "cg", no_argument, NULL, OPT_CG },
	{ "cg-mem", required_argument, NULL, OPT_CG_MEM },
	{ "no-cg", no_argument, NULL, OPT_NO_CG },
	{ "cg-timing", no_argument, NULL, OPT_CG_TIMING },
	{ "chdir", required_argument, NULL, 'c' },
	{ "cleanup", no_argument, NULL, OPT_CLEANUP },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "dir", required_argument, NULL, 'd' },
	{ "env", required_argument, NULL, 'E' },
	{ "extra-time", required_argument, NULL, 'x' },
	{ "fsize", required_argument, NULL, 'f' },
	{ "full-env", no_argument, NULL, 'e' },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "init", no_argument, NULL, OPT_INIT },
	{ "mem", required_argument, NULL, 'm' },
	{ "meta", required_argument, NULL, 'M' },
	{ "open-files", required_argument, NULL, 'n' },
	{ "processes", optional_argument, NULL, 'p' },
	{ "quota", required_argument, NULL, 'q' },
	{ "run", no_argument, NULL, OPT_RUN },
	{ "share-net", no_argument, NULL, OPT_SHARE_NET },
	{ "silent", no_argument, NULL, 's' },
	{ "stack", required_argument, NULL, 'k' },
	{ "stderr", required_argument, NULL, 'r' },
	{ "stderr-to-stdout", no_argument, NULL, OPT_STDERR_TO_STDOUT },
	{ "stdin", required_argument, NULL, 'i' },
	{ "stdin-fd", required_argument, NULL, OPT_STDIN_FD },
	{ "stdout", required_argument, NULL, 'o' },
	{ "stdout-fd", required_argument, NULL, OPT_STDOUT_FD },
	{ "time", required_argument, NULL, 't' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "wall-time", required_argument, NULL, 'w' },
	{ NULL, 0, NULL, 0 },
};

static noreturn void usage(const char *problem)
{
	if (problem)
		fprintf(stderr, "judgebox: %s\n", problem);
	fprintf(stderr,
		"Usage: judgebox [options] (--init | --run -- <program> <args>... | --cleanup | --version)\n"
		"       judgebox --serve   (resident: runs commands read from standard input)\n"
		"       judgebox --pair [--grace=SEC] [--meta=FILE] -- N <run args>... M <run args>...\n"
		"See judgebox.md for every option.\n");
	exit(2);
}

static unsigned long parse_ulong(const char *name, const char *arg, unsigned long max)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || arg[0] == '-' || v > max) {
		char buf[256];
		snprintf(buf, sizeof(buf), "Invalid value '%s' for %s (a whole number up to %lu)", arg, name, max);
		usage(buf);
	}
	return v;
}

static double parse_seconds(const char *name, const char *arg)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v >= 0) || v > 1e6) {
		char buf[256];
		snprintf(buf, sizeof(buf), "Invalid value '%s' for %s (seconds, fractions allowed)", arg, name);
		usage(buf);
	}
	return v;
}

static void parse_quota(const char *arg)
{
	char *copy = xstrdup(arg);
	char *comma = strchr(copy, ',');
	if (!comma)
		usage("--quota takes BLOCKS,INODES");
	*comma = 0;
	opt.quota_blocks = parse_ulong("--quota blocks", copy, 1UL << 32);
	opt.quota_inodes = parse_ulong("--quota inodes", comma + 1, 1UL << 32);
	free(copy);
}

/*
 * --stdin-fd / --stdout-fd: a descriptor the caller opened and passed, never a path the program
 * could have planted. It must be above the launcher's own standard streams, open, a pipe (or a
 * FIFO) and open for exactly the one direction; it is made blocking, as a program expects of its
 * standard streams. The launcher and the box's init close their copies once the program has its
 * own, so the program's end is its peer's end of file.
 */
static int parse_pipe_fd(const char *name, const char *arg, int mode)
{
	int fd = (int) parse_ulong(name, arg, INT_MAX);
	char buf[256];
	struct stat st;
	int flags = fd >= 3 ? fcntl(fd, F_GETFL) : -1;
	if (fd < 3)
		snprintf(buf, sizeof(buf), "%s=%d: the launcher's own standard streams cannot be passed (3 or more)", name, fd);
	else if (flags < 0 || fstat(fd, &st) < 0)
		snprintf(buf, sizeof(buf), "%s=%d: not an open descriptor", name, fd);
	else if (!S_ISFIFO(st.st_mode))
		snprintf(buf, sizeof(buf), "%s=%d: not a pipe", name, fd);
	else if ((flags & O_ACCMODE) != mode)
		snprintf(buf, sizeof(buf), "%s=%d: not open for %s only", name, fd, mode == O_RDONLY ? "reading" : "writing");
	else {
		if ((flags & O_NONBLOCK) && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
			die("Cannot make %s=%d blocking: %m", name, fd);
		return fd;
	}
	usage(buf);
}

static enum command set_command(enum command current, enum command next)
{
	if (current != CMD_NONE)
		usage("Give exactly one of --init, --run, --cleanup, --version");
	return next;
}

/*
 * The launcher is meant to be run by root, never installed setuid: a caller
 * who is not root in both its real and effective uid, or a secure-execution
 * start (setuid, setgid, file capabilities), is refused before anything
 * else, before any file is opened or the environment read.
 */
static void require_real_root(void)
{
	if (getuid() != 0 || geteuid() != 0 || getauxval(AT_SECURE)) {
		fprintf(stderr, "judgebox: must be run by root (real and effective uid 0), not setuid\n");
		exit(2);
	}
}

int judgebox_main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "--pair"))
		return pair_main(argc, argv);
	enum command cmd = CMD_NONE;
	const char *dir_specs[64];
	int num_dir_specs = 0;
	const char *config_path = getenv("JUDGEBOX_CONFIG") ? getenv("JUDGEBOX_CONFIG") : JUDGEBOX_CONFIG;
	int c;
	while ((c = getopt_long(argc, argv, short_options, long_options, NULL)) >= 0) {
		switch (c) {
		case 'b': opt.box_id = parse_ulong("--box-id", optarg, INT_MAX); break;
		case 'c': opt.chdir_path = optarg; break;
		case 'd':
			if (num_dir_specs >= (int) ARRAY_SIZE(dir_specs))
				usage("Too many --dir rules");
			dir_specs[num_dir_specs++] = optarg;
			break;
		case 'e': opt.full_env = true; break;
		case 'E': add_env_rule(optarg); break;
		case 'f': opt.fsize_kb = parse_ulong("--fsize", optarg, 1UL << 40); break;
		case 'i': opt.stdin_path = optarg; break;
		case 'k': opt.stack_kb = parse_ulong("--stack", optarg, 1UL << 40); break;
		case 'm': opt.mem_kb = parse_ulong("--mem", optarg, 1UL << 40); break;
		case 'M': opt.meta_path = optarg; break;
		case 'n': opt.open_files = parse_ulong("--open-files", optarg, 1 << 20); break;
		case 'o': opt.stdout_path = optarg; break;
		case 'p': opt.processes = optarg ? (int) parse_ulong("--processes", optarg, 1 << 22) : 0; break;
		case 'q': parse_quota(optarg); break;
		case 'r': opt.stderr_path = optarg; break;
		case 's': silent = true; break;
		case 't': opt.time_limit = parse_seconds("--time", optarg); break;
		case 'v': verbose++; break;
		case 'w': opt.wall_limit = parse_seconds("--wall-time", optarg); break;
		case 'x': opt.extra_time = parse_seconds("--extra-time", optarg); break;
		case OPT_CG: opt.use_cg = true; break;
		case OPT_NO_CG: opt.use_cg = false; break;
		case OPT_CG_MEM: opt.cg_mem_kb = parse_ulong("--cg-mem", optarg, 1UL << 40); break;
		case OPT_CG_TIMING: break;   /* isolate 1.x: timing always comes from the cgroup with --cg */
		case OPT_CONFIG: config_path = optarg; break;
		case OPT_INIT: cmd = set_command(cmd, CMD_INIT); break;
		case OPT_RUN: cmd = set_command(cmd, CMD_RUN); break;
		case OPT_CLEANUP: cmd = set_command(cmd, CMD_CLEANUP); break;
		case OPT_VERSION: cmd = set_command(cmd, CMD_VERSION); break;
		case OPT_HELP: usage(NULL);
		case OPT_SHARE_NET: opt.share_net = true; break;
		case OPT_STDERR_TO_STDOUT: opt.stderr_to_stdout = true; break;
		case OPT_STDIN_FD: opt.stdin_fd = parse_pipe_fd("--stdin-fd", optarg, O_RDONLY); break;
		case OPT_STDOUT_FD: opt.stdout_fd = parse_pipe_fd("--stdout-fd", optarg, O_WRONLY); break;
		default: usage(NULL);
		}
	}
	if (cmd == CMD_VERSION) {
		printf("judgebox %s (commit %s), isolate-compatible sandbox\n", JUDGEBOX_VERSION, JUDGEBOX_COMMIT);
		return 0;
	}
	if (cmd == CMD_NONE)
		usage("No command given");
	if (cmd == CMD_RUN && optind >= argc)
		usage("--run needs a program to run");
	if (cmd != CMD_RUN && optind < argc)
		usage("Unexpected arguments after the options");
	if (opt.stderr_to_stdout && opt.stderr_path)
		usage("--stderr and --stderr-to-stdout exclude each other");
	if (opt.stdin_fd >= 0 && opt.stdin_path)
		usage("--stdin and --stdin-fd exclude each other");
	if (opt.stdout_fd >= 0 && opt.stdout_path)
		usage("--stdout and --stdout-fd exclude each other");
	if (opt.stdout_fd >= 0 && opt.stderr_to_stdout)
		usage("--stderr-to-stdout with --stdout-fd would send standard error to the peer");
	if ((opt.stdin_fd >= 0 || opt.stdout_fd >= 0) && (cmd != CMD_RUN || !opt.wall_limit))
		usage("--stdin-fd and --stdout-fd need --run with --wall-time: a peer that stops reading or writing must not hang the run");
	if (opt.meta_path)
		meta_open(opt.meta_path);
	config_load(config_path);
	if (opt.box_id >= cf.num_boxes)
		die("Box id %d is out of range (num_boxes is %d)", opt.box_id, cf.num_boxes);
	box_uid = cf.first_uid + opt.box_id;
	box_gid = cf.first_gid + opt.box_id;
	box_dir = xsprintf("%s/%d", cf.box_root, opt.box_id);
	umask(022);

	switch (cmd) {
	case CMD_INIT:
		cmd_init();
		break;
	case CMD_CLEANUP:
		cmd_cleanup();
		break;
	case CMD_RUN:
		lock_box();
		init_default_rules();
		for (int i = 0; i < num_dir_specs; i++)
			add_dir_rule(dir_specs[i]);
		if (opt.use_cg)
			cg_detect();
		run_command(argv + optind);
	default:
		break;
	}
	return 0;
}

int main(int argc, char **argv)
{
	require_real_root();
	if (argc == 2 && !strcmp(argv[1], "--serve"))
		return serve_main();
	return judgebox_main(argc, argv);
}
