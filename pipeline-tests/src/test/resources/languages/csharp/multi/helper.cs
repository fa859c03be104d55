public static class Helper
{
    public static long Add(long a, long b) { return a + b; }
}
