/*
 * Unit tests of the launcher's file handling against a fake directory tree:
 * cgroup v2 files (these machines have no cgroup v2 memory controller to test
 * on), PID lists longer than one read, and the bounded formatted write.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct options opt;
char *box_dir;
static int failures, checks;

static void expect(bool ok, const char *what)
{
	checks++;
	printf("%s: %s\n", ok ? "ok" : "FAILED", what);
	if (!ok)
		failures++;
}

static void put(const char *dir, const char *name, const char *content)
{
	char *path = xsprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	fputs(content, f);
	fclose(f);
	free(path);
}

static bool contains(const char *dir, const char *name, const char *content)
{
	char *path = xsprintf("%s/%s", dir, name);
	char buf[256];
	bool ok = read_small_file(path, buf, sizeof(buf)) >= 0 && !strcmp(buf, content);
	free(path);
	return ok;
}

int main(void)
{
	char tmpl[] = "/tmp/judgebox-cg2-XXXXXX";
	char *dir = mkdtemp(tmpl);
	put(dir, "cpu.stat", "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\n");
	put(dir, "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n");
	put(dir, "memory.peak", "10485760\n");
	put(dir, "memory.max", "max\n");
	put(dir, "memory.swap.max", "max\n");
	put(dir, "pids.max", "max\n");

	expect(cg2_read_key(dir, "cpu.stat", "usage_usec") == 1234567, "cpu.stat usage_usec");
	expect(cg2_read_key(dir, "cpu.stat", "user_usec") == 1000000, "cpu.stat user_usec is its own key");
	expect(cg2_read_key(dir, "memory.events", "oom_kill") == 1, "memory.events oom_kill, not oom_group_kill");
	expect(cg2_read_key(dir, "memory.events", "missing") == -1, "a missing key reads as -1");
	expect(cg2_read_number(dir, "memory.peak") == 10485760, "memory.peak in bytes");
	expect(cg2_read_number(dir, "memory.max") == -1, "\"max\" reads as unlimited");
	expect(cg2_set_limits(dir, 65536, 11), "limits are written");
	expect(contains(dir, "memory.max", "67108864"), "memory.max in bytes");
	expect(contains(dir, "memory.swap.max", "0"), "no swap");
	expect(contains(dir, "pids.max", "11"), "pids.max");
	expect(cg2_set_limits(dir, 0, 0), "no limits are written");
	expect(contains(dir, "memory.max", "max") && contains(dir, "pids.max", "max"), "unlimited is \"max\"");

	/* A cgroup.procs longer than any single read: every PID comes back whole. */
	char *procs = xsprintf("%s/cgroup.procs", dir);
	FILE *f = fopen(procs, "w");
	for (int i = 0; i < 3000; i++)
		fprintf(f, "%d\n", 100000 + i);
	fclose(f);
	pid_t *pids;
	int n = cg_list_pids(procs, &pids);
	bool whole = n == 3000;
	for (int i = 0; whole && i < n; i++)
		whole = pids[i] == 100000 + i;
	expect(whole, "3000 PIDs (18 KiB) are read whole");
	free(pids);
	free(procs);

	/* A value longer than the write buffer is refused, never cut or over-read. */
	char long_value[400];
	memset(long_value, '7', sizeof(long_value) - 1);
	long_value[sizeof(long_value) - 1] = 0;
	char *target = xsprintf("%s/pids.max", dir);
	expect(!try_write_file(target, "%s", long_value), "an over-long value is refused");
	expect(contains(dir, "pids.max", "max"), "and the file keeps its value");
	free(target);

	char *cmd = xsprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		failures++;
	printf("%d passed, %d failed\n", checks - failures, failures);
	return failures != 0;
}
