; helper: print_int (uses the buffer outb defined in main.asm)
global print_int
extern outb
section .text
; prints the signed integer in rdi and a newline to stdout
print_int:
        lea     rsi, [outb + 31]
        mov     byte [rsi], 10
        mov     rax, rdi
        xor     r9d, r9d
        test    rax, rax
        jns     .conv
        neg     rax
        mov     r9d, 1
.conv:  mov     r10, 10
.cl:    xor     edx, edx
        div     r10
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .cl
        test    r9, r9
        jz      .write
        dec     rsi
        mov     byte [rsi], '-'
.write: lea     rdx, [outb + 32]
        sub     rdx, rsi
        mov     eax, 1                  ; SYS_write
        mov     edi, 1                  ; stdout
        syscall
        ret
