public class ThreadBomb {
    public static void main(String[] args) {
        while (true) {
            new Thread(() -> {
                try {
                    Thread.sleep(100_000);
                } catch (InterruptedException e) {
                    return;
                }
            }).start();
        }
    }
}
