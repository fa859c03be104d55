/* @EXPECTED_RESULTS@: TIMELIMIT, WRONG-ANSWER */
#include <stdio.h>
int main(void) { for (;;) {} }
