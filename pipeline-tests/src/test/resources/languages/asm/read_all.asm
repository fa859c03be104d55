; NASM x86-64, Linux syscalls only (no libc): linked with ld, entry _start
global _start
section .bss
buf:    resb 1 << 24
outb:   resb 32
section .text
; reads all of stdin into buf, sums every (optionally negative) decimal integer; result in rbx
read_and_sum:
        xor     r12, r12                ; bytes read so far
.read:  mov     edx, 1 << 24
        sub     rdx, r12
        jz      .parse
        xor     eax, eax                ; SYS_read
        xor     edi, edi                ; fd 0
        lea     rsi, [buf + r12]
        syscall
        test    rax, rax
        jle     .parse                  ; 0 = EOF, < 0 = error
        add     r12, rax
        jmp     .read
.parse: xor     ebx, ebx                ; sum
        xor     ecx, ecx                ; index
.skip:  cmp     rcx, r12
        jge     .end
        movzx   eax, byte [buf + rcx]
        cmp     al, '-'
        je      .neg
        sub     eax, '0'
        cmp     eax, 9
        jbe     .pos
        inc     rcx
        jmp     .skip
.neg:   mov     r8d, 1
        inc     rcx
        jmp     .num
.pos:   xor     r8d, r8d
.num:   xor     edx, edx                ; value
.dig:   cmp     rcx, r12
        jge     .done
        movzx   eax, byte [buf + rcx]
        sub     eax, '0'
        cmp     eax, 9
        ja      .done
        imul    rdx, rdx, 10
        add     rdx, rax
        inc     rcx
        jmp     .dig
.done:  test    r8, r8
        jz      .add
        neg     rdx
.add:   add     rbx, rdx
        jmp     .skip
.end:   ret
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
_start:
        call    read_and_sum

        mov     rdi, rbx
        call    print_int
        mov     eax, 60                 ; SYS_exit
        xor     edi, edi
        syscall

