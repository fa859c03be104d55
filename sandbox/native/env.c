/*
 * The program's environment. Without --full-env it holds only
 * LIBC_FATAL_STDERR_=1 and a fixed PATH, plus what --env rules add:
 * "VAR=value" sets a variable, "VAR" copies it from the launcher's environment, except in
 * the resident launcher (serve.c), where "VAR" and --full-env import nothing: its environment
 * is its caller's, not a box's to see.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <stdlib.h>
#include <string.h>

extern char **environ;

#define MAX_ENV_RULES 256
static const char *env_rules[MAX_ENV_RULES];
static int num_env_rules;
bool env_import_allowed = true;

void add_env_rule(const char *rule)
{
	if (!rule[0] || rule[0] == '=')
		die("Invalid --env rule '%s': expected VAR or VAR=value", rule);
	if (num_env_rules >= MAX_ENV_RULES)
		die("Too many --env rules (at most %d)", MAX_ENV_RULES);
	env_rules[num_env_rules++] = rule;
}

static size_t name_length(const char *entry)
{
	const char *eq = strchr(entry, '=');
	return eq ? (size_t) (eq - entry) : strlen(entry);
}

/* Replaces the entry of the same name, or appends. */
static void put(char **env, int *n, char *entry)
{
	size_t len = name_length(entry);
	for (int i = 0; i < *n; i++) {
		if (name_length(env[i]) == len && !strncmp(env[i], entry, len)) {
			env[i] = entry;
			return;
		}
	}
	env[(*n)++] = entry;
}

char **build_environment(void)
{
	int inherited = 0;
	bool full_env = opt.full_env && env_import_allowed;
	if (full_env)
		while (environ[inherited])
			inherited++;
	char **env = xmalloc(sizeof(char *) * (inherited + num_env_rules + 3));
	int n = 0;
	if (full_env) {
		for (int i = 0; i < inherited; i++)
			env[n++] = environ[i];
	} else {
		env[n++] = "LIBC_FATAL_STDERR_=1";
		env[n++] = "PATH=/usr/local/bin:/usr/bin:/bin";
	}
	for (int i = 0; i < num_env_rules; i++) {
		const char *rule = env_rules[i];
		if (strchr(rule, '=')) {
			put(env, &n, (char *) rule);
		} else if (env_import_allowed) {
			const char *value = getenv(rule);
			if (value)
				put(env, &n, xsprintf("%s=%s", rule, value));
		}
	}
	env[n] = NULL;
	return env;
}
