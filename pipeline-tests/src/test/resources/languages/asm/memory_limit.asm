; mmaps 1024 blocks of 1 MiB one after another and touches every page of each
global _start
section .text
_start:
        mov     r12d, 1024
.next:  mov     eax, 9                  ; SYS_mmap
        xor     edi, edi
        mov     esi, 1 << 20
        mov     edx, 3                  ; PROT_READ|PROT_WRITE
        mov     r10d, 0x22              ; MAP_PRIVATE|MAP_ANONYMOUS
        mov     r8, -1
        xor     r9d, r9d
        syscall
        test    rax, rax
        js      .fail
        xor     ecx, ecx
.touch: mov     byte [rax + rcx], 1
        add     ecx, 4096
        cmp     ecx, 1 << 20
        jb      .touch
        dec     r12d
        jnz     .next
        mov     eax, 60
        xor     edi, edi
        syscall
.fail:  mov     eax, 60
        mov     edi, 2
        syscall
