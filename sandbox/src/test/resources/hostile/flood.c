#include <stdio.h>
int main(void) { for (;;) fputs("flooding the output flooding the output\n", stdout); }
