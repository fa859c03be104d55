/* Build-time side of the syscall filter (see filter_rules.c). */
#ifndef FILTER_H
#define FILTER_H
#include <seccomp.h>
scmp_filter_ctx filter_build(void);
/*
 * The highest syscall number these rules were written for: futex_requeue (456, Linux 6.7; since
 * Linux 5.1 new syscalls have the same number on every architecture). Anything above it (statmount,
 * listmount, setxattrat, open_tree_attr, whatever comes next) fails with ENOSYS until it has been
 * reviewed: gen_filter puts that check in front of the rules.
 */
#define FILTER_LAST_REVIEWED_SYSCALL 456
void fail(const char *what);
#endif
