import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        System.err.println("debug: " + a + " " + b);
        System.out.println(a + b);
    }
}
