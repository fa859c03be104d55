/* A validator that abuses its feedback directory (argv[1]): a 1 MiB judgemessage.txt, a link to
 * a secret as score.txt, a FIFO as nextpass.in, and twenty more files; then exits 0. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	(void) argc;
	char path[512], buf[65536];
	memset(buf, 'x', sizeof(buf));
	snprintf(path, sizeof(path), "%s/judgemessage.txt", argv[1]);
	FILE *f = fopen(path, "w");
	for (int i = 0; f && i < 16; i++)
		fwrite(buf, 1, sizeof(buf), f);
	if (f)
		fclose(f);
	snprintf(path, sizeof(path), "%s/score.txt", argv[1]);
	if (symlink("/etc/shadow", path) < 0)
		perror("symlink");
	snprintf(path, sizeof(path), "%s/nextpass.in", argv[1]);
	if (mkfifo(path, 0666) < 0)
		perror("mkfifo");
	for (int i = 0; i < 20; i++) {
		snprintf(path, sizeof(path), "%s/zz%02d.txt", argv[1], i);
		FILE *z = fopen(path, "w");
		if (z) {
			fputs("z\n", z);
			fclose(z);
		}
	}
	return 0;
}
