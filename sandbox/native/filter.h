/* Build-time side of the syscall filter (see filter_rules.c). */
#ifndef FILTER_H
#define FILTER_H
#include <seccomp.h>
scmp_filter_ctx filter_build(void);
void fail(const char *what);
#endif
