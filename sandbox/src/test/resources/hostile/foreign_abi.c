/* A 32-bit system call (int 0x80) from a 64-bit program: a foreign ABI the filter must kill. */
#include <stdio.h>
int main(void) {
    long r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");   /* getpid on i386 */
    printf("int 0x80 returned %ld\n", r);
    return 0;
}
