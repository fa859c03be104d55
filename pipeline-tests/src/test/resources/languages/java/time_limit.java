public class Main {
    public static void main(String[] args) {
        long x = 0;
        while (x >= 0) { x = (x + 1) & 0xffff; }
        System.out.println(x);
    }
}
