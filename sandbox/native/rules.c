/*
 * Directory rules (-d/--dir): the defaults (/box, /bin, /dev, /etc, /lib,
 * /lib64, /proc, /tmp, /usr) and what the command line adds, replaces or
 * removes. root.c turns them into mounts.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <stdlib.h>
#include <string.h>

#define MAX_RULES 64
static struct rule rules[MAX_RULES];
static int num_rules;

static char *normalize_inside(const char *path)
{
	while (*path == '/')
		path++;
	char *s = xstrdup(path);
	size_t len = strlen(s);
	while (len && s[len - 1] == '/')
		s[--len] = 0;
	if (!*s || strstr(s, "..") || strstr(s, "//"))
		die("Invalid directory rule path '%s'", path);
	return s;
}

static struct rule *find_rule(const char *inside)
{
	for (int i = 0; i < num_rules; i++)
		if (!strcmp(rules[i].inside, inside))
			return &rules[i];
	return NULL;
}

static void set_rule(const char *inside, const char *outside, enum rule_kind kind, int flags)
{
	char *in = normalize_inside(inside);
	struct rule *r = find_rule(in);
	if (!r) {
		if (num_rules >= MAX_RULES)
			die("Too many directory rules (at most %d)", MAX_RULES);
		r = &rules[num_rules++];
	}
	r->inside = in;
	r->outside = outside ? xstrdup(outside) : NULL;
	r->kind = kind;
	r->flags = flags;
}

static void remove_rule(const char *inside)
{
	char *in = normalize_inside(inside);
	for (int i = 0; i < num_rules; i++) {
		if (!strcmp(rules[i].inside, in)) {
			rules[i] = rules[--num_rules];
			break;
		}
	}
	free(in);
}

void init_default_rules(void)
{
	set_rule("box", xsprintf("%s/box", box_dir), RULE_BOX, RULE_RW);
	set_rule("bin", "/bin", RULE_BIND, 0);
	set_rule("dev", NULL, RULE_DEV, 0);
	set_rule("etc", NULL, RULE_ETC, 0);
	set_rule("lib", "/lib", RULE_BIND, 0);
	set_rule("lib64", "/lib64", RULE_BIND, RULE_MAYBE);
	set_rule("proc", NULL, RULE_PROC, 0);
	set_rule("tmp", NULL, RULE_TMP, RULE_RW);
	set_rule("usr", "/usr", RULE_BIND, 0);
}

/* IN[=OUT][:options]; "IN=" removes the rule for IN. */
void add_dir_rule(const char *spec)
{
	char *s = xstrdup(spec);
	int flags = 0;
	bool tmp = false;
	char *colon = strchr(s, ':');
	if (colon) {
		*colon = 0;
		for (char *o = strtok(colon + 1, ":,"); o; o = strtok(NULL, ":,")) {
			if (!strcmp(o, "rw"))
				flags |= RULE_RW;
			else if (!strcmp(o, "noexec"))
				flags |= RULE_NOEXEC;
			else if (!strcmp(o, "maybe"))
				flags |= RULE_MAYBE;
			else if (!strcmp(o, "tmp"))
				tmp = true;
			else if (!strcmp(o, "dev"))
				die("Directory option 'dev' is not supported: devices are never exposed");
			else
				die("Unknown directory option '%s' in --dir=%s", o, spec);
		}
	}
	char *eq = strchr(s, '=');
	if (eq) {
		*eq = 0;
		if (!eq[1]) {
			remove_rule(s);
			free(s);
			return;
		}
		if (eq[1] != '/')
			die("The outside path of --dir=%s must be absolute", spec);
	}
	if (s[0] != '/')
		die("The inside path of --dir=%s must be absolute", spec);
	if (tmp)
		set_rule(s, NULL, RULE_TMP, flags | RULE_RW);
	else
		set_rule(s, eq ? eq + 1 : s, RULE_BIND, flags);
	free(s);
}

static int compare_rules(const void *a, const void *b)
{
	return strcmp(((const struct rule *) a)->inside, ((const struct rule *) b)->inside);
}

int sorted_dir_rules(struct rule **out)
{
	qsort(rules, num_rules, sizeof(rules[0]), compare_rules);
	*out = rules;
	return num_rules;
}
