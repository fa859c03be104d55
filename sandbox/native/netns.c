/*
 * The box's network namespace: a fresh one for every run (a CLONE_NEWNET of the box's init,
 * run.c), holding only a loopback interface that is down. A namespace kept from --init to
 * --cleanup cost a third of a millisecond less per run, but its counters (/proc/net/snmp,
 * /proc/net/netstat, a link's statistics) carried from one run to the next: a channel between
 * two programs judged in the same box, which no reset can close (the kernel cannot zero them).
 * Boxes initialized by an older launcher still have the kept namespace bound to
 * <box_dir>/net; --cleanup unmounts it.
 */
#define _GNU_SOURCE
#include "judgebox.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mount.h>

void netns_remove(void)
{
	char *path = xsprintf("%s/net", box_dir);
	if (umount2(path, UMOUNT_NOFOLLOW | MNT_DETACH) < 0 && errno != EINVAL && errno != ENOENT)
		die("Cannot unmount %s: %m", path);
	free(path);
}
