global _start
section .text
_start:
        mov     rax, rbx, rcx
        frobnicate rdi
