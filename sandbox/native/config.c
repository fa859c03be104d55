/*
 * The configuration file: isolate's keys (box_root, cg_root, first_uid,
 * first_gid, num_boxes) plus a few of our own, as "key = value" lines.
 * A missing file means the compiled-in defaults, which work as root.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config cf = {
	.box_root = "/var/local/lib/judgebox",
	.cg_root = "/sys/fs/cgroup",
	.first_uid = 60000,
	.first_gid = 60000,
	.num_boxes = 1000,
	.cg_version = 0,
	.root_size_kb = 1024,
	.box_size_kb = 262144,
	.tmp_size_kb = 65536,
	.box_inodes = 8192,
	.tmp_inodes = 4096,
};

static long parse_number(const char *key, const char *value, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(value, &end, 10);
	if (errno || *end || end == value || v < min || v > max)
		die("Config: %s must be a number between %ld and %ld, not '%s'", key, min, max, value);
	return v;
}

static char *trim(char *s)
{
	while (isspace((unsigned char) *s))
		s++;
	char *end = s + strlen(s);
	while (end > s && isspace((unsigned char) end[-1]))
		*--end = 0;
	return s;
}

static void set_key(const char *key, char *value)
{
	if (!strcmp(key, "box_root"))
		cf.box_root = xstrdup(value);
	else if (!strcmp(key, "cg_root"))
		cf.cg_root = xstrdup(value);
	else if (!strcmp(key, "first_uid"))
		cf.first_uid = parse_number(key, value, 1, 1 << 30);
	else if (!strcmp(key, "first_gid"))
		cf.first_gid = parse_number(key, value, 1, 1 << 30);
	else if (!strcmp(key, "num_boxes"))
		cf.num_boxes = parse_number(key, value, 1, 1 << 20);
	else if (!strcmp(key, "cg_version"))
		cf.cg_version = parse_number(key, value, 0, 2);
	else if (!strcmp(key, "root_size_kb"))
		cf.root_size_kb = parse_number(key, value, 64, 1 << 20);
	else if (!strcmp(key, "box_size_kb"))
		cf.box_size_kb = parse_number(key, value, 64, 1 << 30);
	else if (!strcmp(key, "tmp_size_kb"))
		cf.tmp_size_kb = parse_number(key, value, 64, 1 << 30);
	else if (!strcmp(key, "box_inodes"))
		cf.box_inodes = parse_number(key, value, 16, 1 << 24);
	else if (!strcmp(key, "tmp_inodes"))
		cf.tmp_inodes = parse_number(key, value, 16, 1 << 24);
	else
		/* isolate's per-box keys (boxN.cpus, boxN.mems) included: a site that relies on
		 * them must hear that they do nothing here, not lose them without a word. */
		die("Config: unknown key '%s' (judgebox knows box_root, cg_root, first_uid, first_gid, "
		    "num_boxes, cg_version, root_size_kb, box_size_kb, tmp_size_kb, box_inodes, tmp_inodes)", key);
}

void config_load(const char *path)
{
	FILE *f = fopen(path, "re");
	if (!f) {
		if (errno == ENOENT)
			return;
		die("Cannot open config file %s: %m", path);
	}
	char line[1024];
	int lineno = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *s = trim(line);
		if (!*s)
			continue;
		char *eq = strchr(s, '=');
		if (!eq)
			die("Config %s:%d: expected key = value", path, lineno);
		*eq = 0;
		set_key(trim(s), trim(eq + 1));
	}
	fclose(f);
	if (cf.box_root[0] != '/' || cf.cg_root[0] != '/')
		die("Config: box_root and cg_root must be absolute paths");
}
