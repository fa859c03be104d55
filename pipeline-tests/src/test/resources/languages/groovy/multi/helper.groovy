class Helper {
    static long add(long a, long b) { a + b }
}
