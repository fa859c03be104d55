/* A few testlib conventions, written for this test package: exit codes and the report on stderr. */
#ifndef UPPER_TESTLIB_H
#define UPPER_TESTLIB_H
#include <stdio.h>
#include <stdlib.h>

enum verdict { OK = 0, WA = 1, PE = 2, FAIL = 3, POINTS = 7 };

static void quit(enum verdict v, const char *message) {
    static const char *names[] = {"ok", "wrong answer", "wrong output format", "FAIL"};
    fprintf(stderr, "%s %s\n", v <= FAIL ? names[v] : "points", message);
    exit(v);
}
#endif
