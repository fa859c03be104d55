/*
 * Loads the syscall filter that gen_filter compiled at build time from
 * filter_rules.c. no_new_privs is already set by then.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

#include "filter_bpf.h"

void seccomp_install(void)
{
	struct sock_fprog prog = {
		.len = sizeof(filter_bpf) / sizeof(struct sock_filter),
		.filter = (struct sock_filter *) filter_bpf,
	};
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) < 0)
		die("Cannot install the syscall filter: %m");
}
