import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<long[]> keep = new ArrayList<>();
        while (true) {
            long[] block = new long[1 << 17];
            java.util.Arrays.fill(block, 1);
            keep.add(block);
        }
    }
}
