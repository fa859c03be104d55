global _start
section .text
_start:
        xor     eax, eax
.loop:  inc     rax
        jmp     .loop
