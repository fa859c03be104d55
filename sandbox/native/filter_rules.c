/*
 * The syscall filter's rules, compiled by libseccomp at build time into a
 * BPF program (gen_filter.c writes it to filter_bpf.h; seccomp.c loads it),
 * so a run pays nothing to build it. Installed last before execve. It blocks what would
 * undo the sandbox (new user namespaces, setns, mounts), kernel attack
 * surface a judged program never needs (keyrings, io_uring, Linux AIO, bpf,
 * perf, module and kexec calls), file locks (a covert channel between boxes
 * through the shared read-only files), every socket family but the few the
 * runtimes use inside the empty network namespace, and every syscall of
 * another architecture or ABI. Blocked calls fail with an errno; a foreign ABI kills.
 *
 * Arguments the kernel reads as 32-bit ints are compared as 32 bits, so
 * garbage in the upper half of a register cannot slip past a rule.
 */
#define _GNU_SOURCE
#include "filter.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <linux/netlink.h>
#include <sys/socket.h>

#ifndef F_OFD_GETLK
#define F_OFD_GETLK 36
#define F_OFD_SETLK 37
#define F_OFD_SETLKW 38
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const int denied[] = {
	SCMP_SYS(setns), SCMP_SYS(mount), SCMP_SYS(umount2), SCMP_SYS(pivot_root), SCMP_SYS(chroot),
	SCMP_SYS(move_mount), SCMP_SYS(open_tree), SCMP_SYS(fsopen), SCMP_SYS(fsconfig),
	SCMP_SYS(fsmount), SCMP_SYS(fspick), SCMP_SYS(mount_setattr),
	SCMP_SYS(keyctl), SCMP_SYS(add_key), SCMP_SYS(request_key),
	SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register),
	SCMP_SYS(io_setup), SCMP_SYS(io_destroy), SCMP_SYS(io_submit), SCMP_SYS(io_cancel),
	SCMP_SYS(io_getevents), SCMP_SYS(io_pgetevents),
	SCMP_SYS(flock),
	SCMP_SYS(bpf), SCMP_SYS(perf_event_open), SCMP_SYS(userfaultfd),
	SCMP_SYS(open_by_handle_at), SCMP_SYS(name_to_handle_at),
	SCMP_SYS(init_module), SCMP_SYS(finit_module), SCMP_SYS(delete_module),
	SCMP_SYS(kexec_load), SCMP_SYS(kexec_file_load), SCMP_SYS(reboot),
	SCMP_SYS(swapon), SCMP_SYS(swapoff), SCMP_SYS(acct), SCMP_SYS(quotactl),
	SCMP_SYS(lookup_dcookie), SCMP_SYS(syslog), SCMP_SYS(vhangup),
	/* Events from outside the box: inotify sees other boxes open the shared read-only files,
	 * fanotify (unprivileged since Linux 5.13) likewise. */
	SCMP_SYS(inotify_init), SCMP_SYS(inotify_init1), SCMP_SYS(fanotify_init),
	SCMP_SYS(modify_ldt),
};

/* fcntl commands that take or test a record lock. */
static const unsigned lock_commands[] = {
	F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW,
};

/*
 * The socket families allowed are AF_UNIX (1), AF_INET (2), AF_INET6 (10)
 * and AF_NETLINK (16): runtimes open them, and in the box's empty network
 * namespace they reach nothing. Of netlink only NETLINK_ROUTE (what libc and
 * runtimes ask for interfaces and addresses): NETLINK_KOBJECT_UEVENT would hear
 * the host's device events, NETLINK_SOCK_DIAG and others are not namespaced
 * alike. Every other family is refused before the
 * kernel could load a protocol module for it. libseccomp compares an
 * argument once per rule, so the refused ranges are spelled as masked matches:
 * 0, 3, 4-7, 8-9, 11, 12-15 and everything above 16.
 */
struct family_match {
	enum scmp_compare op;
	uint32_t mask_or_value;
	uint32_t value;
};

static const struct family_match refused_families[] = {
	{ SCMP_CMP_EQ, 0, 0 },
	{ SCMP_CMP_EQ, 3, 0 },
	{ SCMP_CMP_MASKED_EQ, ~3U, 4 },
	{ SCMP_CMP_MASKED_EQ, ~1U, 8 },
	{ SCMP_CMP_EQ, 11, 0 },
	{ SCMP_CMP_MASKED_EQ, ~3U, 12 },
	{ SCMP_CMP_GT, 16, 0 },
};

static int refuse_families(scmp_filter_ctx ctx, int syscall)
{
	int rc = 0;
	for (unsigned i = 0; i < ARRAY_SIZE(refused_families); i++) {
		const struct family_match *m = &refused_families[i];
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), syscall, 1,
				       SCMP_A0_32(m->op, m->mask_or_value, m->value));
	}
	return rc;
}

/* Builds the filter into ctx. */
scmp_filter_ctx filter_build(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		fail("seccomp_init failed");
	/* Only the native ABI (libseccomp also refuses x32 on x86_64). */
	if (seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) < 0)
		fail("seccomp: cannot set the action for foreign architectures");
	int rc = 0;
	for (unsigned i = 0; i < ARRAY_SIZE(denied); i++)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), denied[i], 0);
	/* A new user namespace would give the program capabilities (and mount)
	 * within it; other namespaces need capabilities it does not have. The
	 * kernel reads both flags arguments as 32 bits. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(unshare), 1,
			       SCMP_A0_32(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
			       SCMP_A0_32(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER));
	/* clone3 passes flags in memory the filter cannot read: libc falls back to clone. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	rc |= refuse_families(ctx, SCMP_SYS(socket));
	rc |= refuse_families(ctx, SCMP_SYS(socketpair));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPROTONOSUPPORT), SCMP_SYS(socket), 2,
			       SCMP_A0_32(SCMP_CMP_EQ, AF_NETLINK), SCMP_A2_32(SCMP_CMP_NE, NETLINK_ROUTE));
	for (unsigned i = 0; i < ARRAY_SIZE(lock_commands); i++)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOLCK), SCMP_SYS(fcntl), 1,
				       SCMP_A1_32(SCMP_CMP_EQ, lock_commands[i]));
	if (rc < 0)
		fail("seccomp: cannot add a rule");
	return ctx;
}
