/* Prints its scheduling policy and whether it may take a real-time one, on standard error. */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	struct sched_param rt = { .sched_priority = 1 };
	int policy = sched_getscheduler(0);
	int raised = sched_setscheduler(0, SCHED_FIFO, &rt);
	fprintf(stderr, "policy %d, real-time %s\n", policy, raised == 0 ? "taken" : strerror(errno));
	return 0;
}
