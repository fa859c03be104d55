/*
 * The syscall filter's rules, compiled by libseccomp at build time into a
 * BPF program (gen_filter.c writes it to filter_bpf.h; seccomp.c loads it),
 * so a run pays nothing to build it. Installed last before execve. It blocks what would
 * undo the sandbox (new user namespaces, setns, mounts), kernel attack
 * surface a judged program never needs (keyrings, io_uring, bpf, perf,
 * module and kexec calls), AF_VSOCK sockets, and every syscall of another
 * architecture or ABI. Blocked calls fail with EPERM; a foreign ABI kills.
 */
#define _GNU_SOURCE
#include "filter.h"

#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/socket.h>

#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const int denied[] = {
	SCMP_SYS(setns), SCMP_SYS(mount), SCMP_SYS(umount2), SCMP_SYS(pivot_root), SCMP_SYS(chroot),
	SCMP_SYS(move_mount), SCMP_SYS(open_tree), SCMP_SYS(fsopen), SCMP_SYS(fsconfig),
	SCMP_SYS(fsmount), SCMP_SYS(fspick), SCMP_SYS(mount_setattr),
	SCMP_SYS(keyctl), SCMP_SYS(add_key), SCMP_SYS(request_key),
	SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register),
	SCMP_SYS(bpf), SCMP_SYS(perf_event_open), SCMP_SYS(userfaultfd),
	SCMP_SYS(open_by_handle_at), SCMP_SYS(name_to_handle_at),
	SCMP_SYS(init_module), SCMP_SYS(finit_module), SCMP_SYS(delete_module),
	SCMP_SYS(kexec_load), SCMP_SYS(kexec_file_load), SCMP_SYS(reboot),
	SCMP_SYS(swapon), SCMP_SYS(swapoff), SCMP_SYS(acct), SCMP_SYS(quotactl),
	SCMP_SYS(lookup_dcookie), SCMP_SYS(syslog), SCMP_SYS(vhangup),
};

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
	 * within it; other namespaces need capabilities it does not have. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(unshare), 1,
			       SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
			       SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER));
	/* clone3 passes flags in memory the filter cannot read: libc falls back to clone. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), SCMP_SYS(socket), 1,
			       SCMP_A0(SCMP_CMP_EQ, AF_VSOCK));
	if (rc < 0)
		fail("seccomp: cannot add a rule");
	return ctx;
}
