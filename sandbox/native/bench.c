/*
 * The sandbox benchmark (not a test): prints medians of
 *   (a) bare fork+exec of a tiny trusted binary, the baseline,
 *   (b) judgebox --run of the same binary in a box initialized once,
 *   (c) --init + --run + --cleanup per run, as judges without a pool do,
 * measured in interleaved rounds so the machine's noise hits all three alike;
 * then how late the CPU and wall limits fire, and the launcher's own CPU use
 * while a program sleeps.
 *
 * Usage: bench LAUNCHER TINY_BINARY [ROUNDS] [BOX_ID]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *launcher;
static char box_arg[32];

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Runs argv with stdout and stderr discarded; returns its exit status, fills ru. */
static int run(char *const argv[], struct rusage *ru)
{
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		exit(1);
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 1);
		dup2(null, 2);
		execv(argv[0], argv);
		_exit(127);
	}
	int st;
	struct rusage dummy;
	if (wait4(pid, &st, 0, ru ? ru : &dummy) < 0) {
		perror("wait4");
		exit(1);
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void must(int rc, const char *what)
{
	if (rc) {
		fprintf(stderr, "bench: %s failed (exit %d)\n", what, rc);
		exit(1);
	}
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), compare);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double meta_value(const char *path, const char *key)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char line[256];
	double v = -1;
	size_t klen = strlen(key);
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, klen) && line[klen] == ':')
			v = atof(line + klen + 1);
	fclose(f);
	return v;
}

static char box_path[512];

/* Initializes the box and remembers the directory --init prints. */
static void init_box(void)
{
	char *cleanup[] = { (char *) launcher, box_arg, "--cg", "--cleanup", NULL };
	run(cleanup, NULL);
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "'%s' %s --cg --init", launcher, box_arg);
	FILE *p = popen(cmd, "r");
	if (!p || !fgets(box_path, sizeof(box_path), p) || pclose(p) != 0) {
		fprintf(stderr, "bench: --init failed\n");
		exit(1);
	}
	box_path[strcspn(box_path, "\n")] = 0;
}

static void cleanup_box(void)
{
	char *cleanup[] = { (char *) launcher, box_arg, "--cg", "--cleanup", NULL };
	must(run(cleanup, NULL), "--cleanup");
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench LAUNCHER TINY_BINARY [ROUNDS] [BOX_ID]\n");
		return 2;
	}
	launcher = argv[1];
	char *tiny = argv[2];
	int rounds = argc > 3 ? atoi(argv[3]) : 300;
	snprintf(box_arg, sizeof(box_arg), "--box-id=%s", argc > 4 ? argv[4] : "999");

	init_box();
	char dir[600];
	snprintf(dir, sizeof(dir), "%s/box/tiny", box_path);
	{
		char *cp[] = { "/bin/cp", tiny, dir, NULL };
		must(run(cp, NULL), "copying the tiny binary into the box");
		char *ch[] = { "/bin/chmod", "0755", dir, NULL };
		must(run(ch, NULL), "chmod");
	}
	char *inbox = "/box/tiny";
	char *bare[] = { tiny, NULL };
	char *pooled[] = { (char *) launcher, box_arg, "--cg", "-s", "--run", "--", inbox, NULL };

	double *a = calloc(rounds, sizeof(double)), *b = calloc(rounds, sizeof(double)),
	       *c = calloc(rounds, sizeof(double));
	for (int warm = 0; warm < 20; warm++) {
		run(bare, NULL);
		run(pooled, NULL);
	}
	for (int i = 0; i < rounds; i++) {
		double t0 = now_ms();
		must(run(bare, NULL), "bare run");
		double t1 = now_ms();
		must(run(pooled, NULL), "pooled run");
		double t2 = now_ms();
		a[i] = t1 - t0;
		b[i] = t2 - t1;
	}
	cleanup_box();
	for (int i = 0; i < rounds / 3; i++) {
		double t0 = now_ms();
		init_box();
		run((char *[]) { "/bin/cp", tiny, dir, NULL }, NULL);
		must(run(pooled, NULL), "run after init");
		cleanup_box();
		c[i] = now_ms() - t0;
	}
	double ma = median(a, rounds), mb = median(b, rounds), mc = median(c, rounds / 3);
	printf("| measurement | median |\n|---|---|\n");
	printf("| (a) bare fork+exec of a tiny binary | %.3f ms |\n", ma);
	const char *name = strrchr(launcher, '/') ? strrchr(launcher, '/') + 1 : launcher;
	printf("| (b) %s --run in a pooled box | %.3f ms |\n", name, mb);
	printf("| (c) --init + --run + --cleanup | %.3f ms (includes copying the binary in) |\n", mc);
	printf("| (b) - (a) | %.3f ms |\n", mb - ma);
	printf("| (c) - (a) | %.3f ms |\n", mc - ma);

	/* How late the limits fire. */
	init_box();
	double late_cpu[7], late_wall[7], self_cpu[3];
	for (int i = 0; i < 7; i++) {
		char *spin[] = { (char *) launcher, box_arg, "--cg", "-s", "-t", "0.5", "-w", "5", "-M", "/tmp/judgebox-bench.meta",
				 "--run", "--", "/bin/sh", "-c", "while :; do :; done", NULL };
		run(spin, NULL);
		late_cpu[i] = meta_value("/tmp/judgebox-bench.meta", "time") * 1000 - 500;
		char *sleeper[] = { (char *) launcher, box_arg, "--cg", "-s", "-t", "5", "-w", "0.5", "-M", "/tmp/judgebox-bench.meta",
				    "--run", "--", "/bin/sleep", "10", NULL };
		run(sleeper, NULL);
		late_wall[i] = meta_value("/tmp/judgebox-bench.meta", "time-wall") * 1000 - 500;
	}
	for (int i = 0; i < 3; i++) {
		struct rusage ru;
		char *sleeper[] = { (char *) launcher, box_arg, "--cg", "-s", "-t", "3", "-w", "4",
				    "--run", "--", "/bin/sleep", "2", NULL };
		double t0 = now_ms();
		run(sleeper, &ru);
		double wall = now_ms() - t0;
		double cpu = ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 + ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3;
		self_cpu[i] = 100.0 * cpu / wall;
	}
	cleanup_box();
	printf("| CPU limit 0.5 s fires late by (median of 7) | %.1f ms |\n", median(late_cpu, 7));
	printf("| wall limit 0.5 s fires late by (median of 7) | %.1f ms |\n", median(late_wall, 7));
	printf("| launcher + box init CPU while the program sleeps 2 s | %.3f %% of a core |\n", median(self_cpu, 3));
	return 0;
}
