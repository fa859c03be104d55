/*
 * CPU time of a box without cgroups (--run --no-cg), read from /proc while it runs:
 * the box's init process's reaped children (the program once it ended, and
 * the orphans it reaped) plus every live process of the box user, with the
 * children each of them reaped. Processes of the box user belong to this box
 * alone (one uid per box).
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Fields 14-17 of /proc/PID/stat (utime, stime, cutime, cstime), in clock ticks. */
static bool read_times(const char *pid, unsigned long long t[4])
{
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	if (read_small_file(path, buf, sizeof(buf)) < 0)
		return false;
	char *p = strrchr(buf, ')');   /* the command name may hold spaces and parentheses */
	if (!p)
		return false;
	/* After ')': state (3), then fields 4..13, then 14..17. */
	return sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %llu %llu",
		      &t[0], &t[1], &t[2], &t[3]) == 4;
}

uint64_t box_cpu_us_from_proc(pid_t proxy)
{
	long hz = sysconf(_SC_CLK_TCK);
	unsigned long long ticks = 0, t[4];
	char pid[24];
	snprintf(pid, sizeof(pid), "%d", (int) proxy);
	if (read_times(pid, t))
		ticks += t[2] + t[3];
	DIR *proc = opendir("/proc");
	if (!proc)
		die("Cannot read /proc: %m");
	struct dirent *e;
	while ((e = readdir(proc))) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		struct stat st;
		if (fstatat(dirfd(proc), e->d_name, &st, 0) < 0 || st.st_uid != box_uid)
			continue;
		if (read_times(e->d_name, t))
			ticks += t[0] + t[1] + t[2] + t[3];
	}
	closedir(proc);
	return ticks * 1000000ULL / (hz > 0 ? hz : 100);
}
