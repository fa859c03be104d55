int main(void) {
    volatile unsigned long long i = 0;
    for (;;) i++;
    return 0;
}
