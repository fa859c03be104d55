/* Run as both sides (argv[1] = this side's name, argv[2] = the other's): while both run, looks
 * for the other side's processes, files and signals, then reports on standard error. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	(void) argc;
	char path[256], line[64];
	snprintf(path, sizeof(path), "/box/mine-%s", argv[1]);
	FILE *mine = fopen(path, "w");
	if (mine)
		fclose(mine);
	printf("hello\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return 3;
	/* Both run now (the other's hello came after it started). */
	int procs = 0;
	DIR *d = opendir("/proc");
	struct dirent *e;
	while (d && (e = readdir(d)))
		if (strspn(e->d_name, "0123456789") == strlen(e->d_name))
			procs++;
	snprintf(path, sizeof(path), "/box/mine-%s", argv[2]);
	int other_file = access(path, F_OK) == 0;
	int killed = kill(-1, SIGKILL) == 0;
	int kill_errno = errno;
	printf("done\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin) || strcmp(line, "done\n"))
		return 4;
	fprintf(stderr, "procs=%d other-file=%s kill-all=%s uid=%d\n", procs, other_file ? "yes" : "no",
		killed ? "sent" : strerror(kill_errno), (int) getuid());
	return 0;
}
