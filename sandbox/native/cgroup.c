/*
 * Control groups: CPU time of all the box's processes and threads, the
 * box's memory peak and limit, OOM detection, a process limit, and a way to
 * kill everything in the box.
 *
 * The layout is detected at run time. With cgroup v1 (controllers mounted
 * separately under cg_root, as on these machines) each box has
 * <cg_root>/{memory,cpuacct,pids}/judgebox/box-<id>. With cgroup v2, cg_root
 * must be a directory delegated to the launcher and each box has
 * <cg_root>/box-<id>. Only these groups are ever created, written or removed.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int version;
static const char *const v1_controllers[] = { "memory", "cpuacct", "pids" };
static char *v1_dirs[3];
static char *v2_dir;
static long long v1_oom_before;

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

void cg_detect(void)
{
	int want = cf.cg_version;
	char *v1_probe = xsprintf("%s/memory/memory.limit_in_bytes", cf.cg_root);
	char *v1_cpu = xsprintf("%s/cpuacct/cpuacct.usage", cf.cg_root);
	char *v2_probe = xsprintf("%s/cgroup.controllers", cf.cg_root);
	if ((want == 0 || want == 1) && exists(v1_probe) && exists(v1_cpu)) {
		version = 1;
	} else if (want == 0 || want == 2) {
		char buf[512];
		if (read_small_file(v2_probe, buf, sizeof(buf)) >= 0 && strstr(buf, "memory"))
			version = 2;
	}
	if (!version)
		die("No usable cgroup hierarchy under %s (cgroup v1 needs memory and cpuacct, v2 the memory controller)", cf.cg_root);
	for (unsigned i = 0; i < ARRAY_SIZE(v1_controllers); i++)
		v1_dirs[i] = xsprintf("%s/%s/judgebox/box-%d", cf.cg_root, v1_controllers[i], opt.box_id);
	v2_dir = xsprintf("%s/box-%d", cf.cg_root, opt.box_id);
	char *pids = xsprintf("%s/pids", cf.cg_root);
	if (version == 1 && !exists(pids)) {
		/* pids is optional: RLIMIT_NPROC still limits processes */
		free(v1_dirs[2]);
		v1_dirs[2] = NULL;
	}
	free(pids);
	msg("Using cgroup v%d\n", version);
	free(v1_probe);
	free(v1_cpu);
	free(v2_probe);
}

static char *v1_file(int ctrl, const char *name)
{
	return xsprintf("%s/%s", v1_dirs[ctrl], name);
}

void cg_create(void)
{
	if (version == 1) {
		for (unsigned i = 0; i < ARRAY_SIZE(v1_controllers); i++)
			if (v1_dirs[i])
				make_dir_path(v1_dirs[i], 0755);
	} else {
		/* Enabling controllers for our children is only ever done in our own cg_root. */
		char *ctl = xsprintf("%s/cgroup.subtree_control", cf.cg_root);
		try_write_file(ctl, "+memory +pids +cpu");
		free(ctl);
		make_dir(v2_dir, 0755);
	}
}

static long long read_keyed_number(const char *path, const char *key)
{
	char buf[4096];
	if (read_small_file(path, buf, sizeof(buf)) < 0)
		return -1;
	size_t klen = strlen(key);
	for (char *line = buf; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		if (!strncmp(line, key, klen) && line[klen] == ' ')
			return atoll(line + klen + 1);
	}
	return -1;
}

long long cg2_read_key(const char *dir, const char *file, const char *key)
{
	char *path = xsprintf("%s/%s", dir, file);
	long long v = read_keyed_number(path, key);
	free(path);
	return v;
}

long long cg2_read_number(const char *dir, const char *file)
{
	char *path = xsprintf("%s/%s", dir, file);
	char buf[64];
	long long v = -1;
	if (read_small_file(path, buf, sizeof(buf)) >= 0)
		v = strncmp(buf, "max", 3) ? atoll(buf) : -1;
	free(path);
	return v;
}

bool cg2_set_limits(const char *dir, unsigned long mem_kb, int pids)
{
	char *mem = xsprintf("%s/memory.max", dir);
	char *swap = xsprintf("%s/memory.swap.max", dir);
	char *pmax = xsprintf("%s/pids.max", dir);
	bool ok = mem_kb ? try_write_file(mem, "%lu", mem_kb * 1024) : try_write_file(mem, "max");
	try_write_file(swap, "0");   /* absent without swap accounting */
	ok = ok && (pids ? try_write_file(pmax, "%d", pids) : try_write_file(pmax, "max"));
	free(mem);
	free(swap);
	free(pmax);
	return ok;
}

/*
 * cgroup v1 keeps a group's charges after its processes are gone: the page cache of files an
 * earlier run read, the tmpfs pages of files it left in /box. Resetting the peak would only
 * reset it to that. So every run gets a fresh memory group (the old one's pages stay charged to
 * it until they are freed, outside any box's figures and limits). Should the old group refuse to
 * go, it is emptied in place: its reclaimable pages dropped, its peak reset.
 */
static void v1_fresh_memory_group(void)
{
	if (rmdir(v1_dirs[0]) == 0 || errno == ENOENT) {
		make_dir(v1_dirs[0], 0755);
		return;
	}
	msg("Cannot remove memory cgroup %s (%m); emptying it\n", v1_dirs[0]);
	char *force = v1_file(0, "memory.force_empty");
	try_write_file(force, "0");
	free(force);
}

static void v1_prepare(void)
{
	v1_fresh_memory_group();
	char *memsw = v1_file(0, "memory.memsw.limit_in_bytes");
	char *limit = v1_file(0, "memory.limit_in_bytes");
	try_write_file(memsw, "-1");
	if (opt.cg_mem_kb) {
		write_file(limit, "%lu", opt.cg_mem_kb * 1024);
		try_write_file(memsw, "%lu", opt.cg_mem_kb * 1024);
	} else {
		write_file(limit, "-1");
	}
	free(memsw);
	free(limit);

	char *peak = v1_file(0, "memory.max_usage_in_bytes");
	write_file(peak, "0");
	free(peak);
	char *oom = v1_file(0, "memory.oom_control");
	v1_oom_before = read_keyed_number(oom, "oom_kill");
	free(oom);

	char *usage = v1_file(1, "cpuacct.usage");
	write_file(usage, "0");
	free(usage);

	if (v1_dirs[2]) {
		char *pmax = v1_file(2, "pids.max");
		char *current = v1_file(2, "pids.current");
		/* The sandbox's init process lives in the group too, hence the +1. The init process of
		 * a killed launcher's run stays charged as a zombie until some init reaps it (late on
		 * some hosts); it cannot run, so it does not count against the program. */
		char buf[32];
		long zombies = read_small_file(current, buf, sizeof(buf)) > 0 ? atol(buf) : 0;
		if (opt.processes)
			write_file(pmax, "%ld", opt.processes + 1 + (zombies > 0 ? zombies : 0));
		else
			write_file(pmax, "max");
		free(pmax);
		free(current);
	}
}

void cg_prepare(void)
{
	cg_kill_all();   /* nothing left over from an earlier run may share this one's group */
	if (version == 1) {
		v1_prepare();
		return;
	}
	/* A fresh group per run resets every counter. */
	if (rmdir(v2_dir) < 0 && errno != ENOENT)
		die("Cannot remove stale cgroup %s: %m", v2_dir);
	make_dir(v2_dir, 0755);
	if (!cg2_set_limits(v2_dir, opt.cg_mem_kb, opt.processes ? opt.processes + 1 : 0))
		die("Cannot set limits of cgroup %s: %m", v2_dir);
}

void cg_attach(pid_t pid)
{
	if (version == 1) {
		for (unsigned i = 0; i < ARRAY_SIZE(v1_controllers); i++) {
			if (!v1_dirs[i])
				continue;
			char *procs = v1_file(i, "cgroup.procs");
			write_file(procs, "%d", (int) pid);
			free(procs);
		}
	} else {
		char *procs = xsprintf("%s/cgroup.procs", v2_dir);
		write_file(procs, "%d", (int) pid);
		free(procs);
	}
}

uint64_t cg_cpu_us(void)
{
	if (version == 1) {
		char *usage = v1_file(1, "cpuacct.usage");
		char buf[64];
		if (read_small_file(usage, buf, sizeof(buf)) < 0)
			die("Cannot read %s: %m", usage);
		free(usage);
		return strtoull(buf, NULL, 10) / 1000;
	}
	long long v = cg2_read_key(v2_dir, "cpu.stat", "usage_usec");
	if (v < 0)
		die("Cannot read cpu.stat of %s", v2_dir);
	return v;
}

uint64_t cg_mem_peak_kb(void)
{
	long long bytes;
	if (version == 1) {
		char *peak = v1_file(0, "memory.max_usage_in_bytes");
		char buf[64];
		bytes = read_small_file(peak, buf, sizeof(buf)) < 0 ? 0 : atoll(buf);
		free(peak);
	} else {
		bytes = cg2_read_number(v2_dir, "memory.peak");
	}
	return bytes > 0 ? (uint64_t) bytes / 1024 : 0;
}

bool cg_oom_killed(void)
{
	if (version == 1) {
		char *oom = v1_file(0, "memory.oom_control");
		long long after = read_keyed_number(oom, "oom_kill");
		free(oom);
		return after > v1_oom_before;
	}
	return cg2_read_key(v2_dir, "memory.events", "oom_kill") > 0;
}

int cg_list_pids(const char *procs_path, pid_t **pids)
{
	*pids = NULL;
	char *text = read_whole_file(procs_path, NULL);
	if (!text)
		return 0;
	int n = 0, size = 0;
	for (char *p = text; *p;) {
		char *end;
		long pid = strtol(p, &end, 10);
		if (end == p)
			break;
		if (pid > 0) {
			if (n == size) {
				size = size ? size * 2 : 64;
				pid_t *bigger = realloc(*pids, size * sizeof(pid_t));
				if (!bigger)
					die("Out of memory");
				*pids = bigger;
			}
			(*pids)[n++] = (pid_t) pid;
		}
		p = end;
		while (*p == '\n')
			p++;
	}
	free(text);
	return n;
}

/* Returns the number of processes that were still in the group. The whole
 * list is read before any is killed, so no PID is ever cut in two. */
static int kill_listed(const char *procs_path)
{
	pid_t *pids;
	int n = cg_list_pids(procs_path, &pids);
	for (int i = 0; i < n; i++)
		kill(pids[i], SIGKILL);
	free(pids);
	return n;
}

void cg_kill_all(void)
{
	char *procs = version == 1 ? v1_file(0, "cgroup.procs") : xsprintf("%s/cgroup.procs", v2_dir);
	if (version == 2) {
		char *kill_file = xsprintf("%s/cgroup.kill", v2_dir);
		try_write_file(kill_file, "1");
		free(kill_file);
	}
	/* Killed processes leave the group asynchronously; wait for them, without spinning. */
	for (int round = 0; round < 2000 && kill_listed(procs); round++) {
		struct timespec ts = { 0, 1000000 };
		nanosleep(&ts, NULL);
	}
	free(procs);
}

void cg_remove(void)
{
	if (version == 1) {
		for (unsigned i = 0; i < ARRAY_SIZE(v1_controllers); i++)
			if (v1_dirs[i] && rmdir(v1_dirs[i]) < 0 && errno != ENOENT)
				die("Cannot remove cgroup %s: %m", v1_dirs[i]);
	} else if (rmdir(v2_dir) < 0 && errno != ENOENT) {
		die("Cannot remove cgroup %s: %m", v2_dir);
	}
}
