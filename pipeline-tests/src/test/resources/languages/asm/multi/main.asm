; entry file: reads and sums, calls print_int from helper.asm
global _start
extern print_int
global outb
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
_start:
        call    read_and_sum
        mov     rdi, rbx
        call    print_int
        mov     eax, 60
        xor     edi, edi
        syscall
