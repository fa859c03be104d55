/*
 * judgebox: an isolate-compatible sandbox launcher.
 * Shared declarations of the launcher's translation units.
 */
#ifndef JUDGEBOX_H
#define JUDGEBOX_H

#include <stdbool.h>
#include <stdint.h>
#include <stdnoreturn.h>
#include <sys/types.h>

#ifndef JUDGEBOX_VERSION
#define JUDGEBOX_VERSION "0.1.0"
#endif
#ifndef JUDGEBOX_COMMIT
#define JUDGEBOX_COMMIT "unknown"
#endif
#ifndef JUDGEBOX_CONFIG
#define JUDGEBOX_CONFIG "/etc/judgebox.conf"
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* util.c: reporting. die() = the sandbox's own fault (status XX, exit 2),
 * err() = the program's fault (exit 1), msg() = verbose output. */
noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
noreturn void err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void meta_open(const char *path);
void meta_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void meta_close(void);
/* In a forked child: forgets the parent's meta file (closing the child's copy, writing nothing). */
void meta_detach(void);
extern int verbose;
extern bool silent;
/* Set inside the sandbox's child processes: die() reports through this pipe. */
extern int child_error_fd;
/* Called once by die() in the launcher's own process before it exits (run.c kills the box). */
extern void (*on_fatal)(void);

void *xmalloc(size_t size);
char *xstrdup(const char *s);
char *xsprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void make_dir(const char *path, mode_t mode);
void make_dir_path(const char *path, mode_t mode);
/* Removes everything under dirfd without following symlinks or leaving its file system. */
void remove_tree_contents(int dirfd, dev_t dev);
void remove_tree(const char *path);
void write_file(const char *path, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool try_write_file(const char *path, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Reads a whole file into a new NUL-terminated buffer; NULL (errno set) when it cannot be read. */
char *read_whole_file(const char *path, size_t *len);
/* Reads a small file into buf; returns the length or -1 when it cannot be read. */
ssize_t read_small_file(const char *path, char *buf, size_t size);
uint64_t monotonic_us(void);
/* Reads until size bytes, end of file or an error; returns how many were read. */
ssize_t read_all(int fd, void *buf, size_t size);

/* config.c */
struct config {
	char *box_root;
	char *cg_root;
	uid_t first_uid;
	gid_t first_gid;
	int num_boxes;
	int cg_version;          /* 0 = detect, 1, 2 */
	unsigned root_size_kb;   /* tmpfs of the sandbox's own root and /etc */
	unsigned box_size_kb;    /* default size of /box when --quota is not given */
	unsigned tmp_size_kb;    /* size of /tmp and of /dev/shm */
	unsigned box_inodes;     /* inodes of /box when --quota is not given */
	unsigned tmp_inodes;     /* inodes of /tmp and of /dev/shm each */
};
extern struct config cf;
void config_load(const char *path);

/* Options of one invocation (judgebox.c). */
struct options {
	int box_id;
	bool use_cg;
	double time_limit, wall_limit, extra_time;
	unsigned long mem_kb, cg_mem_kb, stack_kb, fsize_kb, open_files;
	int processes;           /* 0 = unlimited */
	unsigned long quota_blocks, quota_inodes;
	char *stdin_path, *stdout_path, *stderr_path, *meta_path, *chdir_path;
	int stdin_fd, stdout_fd; /* --stdin-fd, --stdout-fd: pipes the caller passed; -1 = none */
	bool stderr_to_stdout, full_env, share_net;
};
extern struct options opt;
extern uid_t box_uid;
extern gid_t box_gid;
extern char *box_dir;    /* <box_root>/<id> */

/* env.c: the program's environment (-E, -e). */
char **build_environment(void);
void add_env_rule(const char *rule);
/* False in the resident launcher: --env=VAR and --full-env import nothing from its environment. */
extern bool env_import_allowed;

/* rules.c: directory rules (-d). */
enum rule_kind { RULE_BIND, RULE_TMP, RULE_PROC, RULE_DEV, RULE_ETC, RULE_BOX };

enum rule_flags {
	RULE_RW = 1,
	RULE_NOEXEC = 2,
	RULE_MAYBE = 4,
};

struct rule {
	char *inside;     /* relative to the root, without a leading slash */
	char *outside;
	enum rule_kind kind;
	int flags;
};

void add_dir_rule(const char *spec);
void init_default_rules(void);
/* The rules, sorted so that a directory comes before what is mounted inside it. */
int sorted_dir_rules(struct rule **out);

/* root.c: the sandbox's root, built from the rules. Without fresh, the mounts every run gets new
 * (/tmp-like rules, /proc, /dev/shm) are left out, their mount points made; mount_fresh_dirs()
 * adds them later beneath root. */
void build_root(const char *root, bool fresh);
void mount_fresh_dirs(const char *root);
/* In a new mount namespace: makes its mounts private, builds <box_dir>/root and pivots into it,
 * the host's tree detached. */
void enter_new_root(bool fresh);
/* What the root binds from the host's /dev and /etc (names within those directories). */
#define NUM_ROOT_DEVICES 4
#define NUM_ROOT_ETC_FILES 6
extern const char *const root_devices[NUM_ROOT_DEVICES];
extern const char *const root_etc_files[NUM_ROOT_ETC_FILES];

/* keptroot.c: a box's root built once and kept in a mount namespace of its own. */
/* A descriptor of the kept root for the current rules (built now if missing or stale), or -1
 * when it cannot be kept (the run then builds its root itself). */
int kept_root_open(void);
/* Enters a private copy of the kept root and adds the run's fresh mounts; in the box's init. */
void kept_root_enter(int fd);
void kept_root_remove(void);

/* inside.c: the program's process. */
noreturn void inside_main(char **argv);

/* cgroup.c */
void cg_detect(void);
void cg_create(void);
void cg_prepare(void);
void cg_attach(pid_t pid);
uint64_t cg_cpu_us(void);
uint64_t cg_mem_peak_kb(void);
bool cg_oom_killed(void);
void cg_kill_all(void);
void cg_remove(void);
/* cgroup v2 file handling, split out so it can be tested against a fake tree. */
long long cg2_read_key(const char *dir, const char *file, const char *key);
long long cg2_read_number(const char *dir, const char *file);
/* Every PID listed in a cgroup.procs file, read to its end; returns the count. */
int cg_list_pids(const char *procs_path, pid_t **pids);
bool cg2_set_limits(const char *dir, unsigned long mem_kb, int pids);

/* netns.c: a fresh network namespace per run; removes the kept one of older launchers' boxes. */
void netns_remove(void);

/* seccomp.c */
void seccomp_install(void);

/* judgebox.c: one command, as from the command line (argv[0] is the program's name). */
int judgebox_main(int argc, char **argv);

/* serve.c: --serve, the resident launcher. */
int serve_main(void);

/* pair.c: --pair, two runs whose programs talk through two pipes (interactive problems).
 * argv[0] is the program's name, argv[1] "--pair". */
int pair_main(int argc, char **argv);
/* Sent by --pair to a side's launcher once the grace after the other side's end is over: the
 * launcher kills its box and reports a time-out (run.c). */
#define SIGNAL_END_RUN SIGUSR1
/* Sent by a side's launcher to the pair the moment its box ends or it decides to end it, before
 * it cleans up and reports: the pair's measure of which side ended first. */
#define SIGNAL_SIDE_ENDED SIGUSR2
/* run.c: the pair to tell (set in --pair's side processes only), else 0. */
extern pid_t end_notify_pid;
/* --pair: where a side's launcher writes when its program ended (CLOCK_MONOTONIC microseconds, 0 if killed). */
extern int end_report_fd;

/* run.c */
noreturn void run_command(char **argv);
/* Written to the error pipe before a message that the program could not be executed. */
#define EXEC_FAILED_MARK '\001'

/* proc_cpu.c: CPU time of a box without cgroups, from /proc. */
uint64_t box_cpu_us_from_proc(pid_t proxy);

/* box.c: a box's lock, --init and --cleanup. */
void lock_box(void);
/* In the box's init process: the lock stays with the launcher alone. */
void close_box_lock(void);
void cmd_init(void);
void cmd_cleanup(void);
/* Before every run: the box directory's owner, mode and extended attributes as --init left them. */
void reset_box_dir(void);

#endif
