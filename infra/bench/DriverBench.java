import dev.judge.sandbox.Box;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sandbox driver's cost per test, as run-service pays it: load the program and the input
 * into a box, run it, read its outputs back, compare, wipe the box. The same trusted A+B binary,
 * one test at a time, with the launcher spawned per command and with the resident launcher
 * ({@code judgebox --serve}), in interleaved rounds. CPU is the whole machine's (/proc/stat),
 * so the launcher, the program and the kernel's namespace work all count; run it on a quiet host.
 *
 * <p>Usage: java -cp sandbox.jar:slf4j.jar DriverBench.java LAUNCHER[,LAUNCHER...] PROGRAM ROUNDS TESTS_PER_ROUND
 * (several launchers: builds to compare, each measured both ways, all in the same rounds)
 */
public class DriverBench {

    public static void main(String[] args) throws Exception {
        List<Path> launchers = Arrays.stream(args[0].split(",")).map(Path::of).toList();
        byte[] program = Files.readAllBytes(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        int tests = Integer.parseInt(args[3]);
        Limits limits = Limits.defaults().withCpuTime(2).withWallTime(5).withMemory(262_144);
        RunRequest request = RunRequest.of(limits, "/box/prog").withStdin("input.txt");
        List<String> labels = new ArrayList<>();
        List<BoxPool> pools = new ArrayList<>();
        Map<String, List<double[]>> samples = new java.util.HashMap<>();
        try {
            int firstBox = 960;
            for (Path launcher : launchers) {
                for (boolean resident : List.of(false, true)) {
                    SandboxSettings settings = new SandboxSettings(launcher, Path.of("/run/judge/bench-boxes"), firstBox, firstBox + 5,
                            1, true, 1 << 20, Duration.ofSeconds(10)).withResidentLauncher(resident);
                    firstBox += 5;
                    pools.add(new BoxPool(settings));
                    labels.add((launchers.size() > 1 ? launcher + ", " : "")
                            + (resident ? "resident launcher (judgebox --serve)" : "launcher spawned per command"));
                }
            }
            for (int round = 0; round < rounds + 1; round++) {
                for (int i = 0; i < pools.size(); i++) {
                    double[] costs = measure(pools.get(i), program, request, tests);
                    if (round > 0) {   // the first round warms the JIT and the launcher up
                        samples.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(costs);
                    }
                }
            }
        } finally {
            pools.forEach(BoxPool::close);
        }
        System.out.println("| per test (A+B in a box: load, run, read, compare, wipe) | wall, median | CPU of the machine, median |");
        System.out.println("|---|---|---|");
        for (String label : labels) {
            List<double[]> s = samples.get(label);
            System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms |%n", label,
                    median(s.stream().mapToDouble(c -> c[0]).toArray()), median(s.stream().mapToDouble(c -> c[1]).toArray()));
        }
    }

    /** Wall and machine CPU per test, in milliseconds, over {@code tests} tests one after the other. */
    private static double[] measure(BoxPool pool, byte[] program, RunRequest request, int tests) throws Exception {
        long cpuBefore = machineCpuTicks();
        long start = System.nanoTime();
        for (int t = 0; t < tests; t++) {
            Box box = pool.acquire();
            try {
                box.writeFile("prog", program, true);
                box.writeFile("input.txt", (t + " " + 2 * t + "\n").getBytes(StandardCharsets.US_ASCII), false);
                RunResult r = box.run(request);
                String expected = (3 * t) + "\n";
                if (r.outcome() != Outcome.OK || !expected.equals(new String(r.stdout(), StandardCharsets.US_ASCII))) {
                    throw new IllegalStateException("test " + t + ": " + r.outcome() + " " + r.message());
                }
            } finally {
                pool.release(box);
            }
        }
        double wallMs = (System.nanoTime() - start) / 1e6 / tests;
        double cpuMs = (machineCpuTicks() - cpuBefore) * 1000.0 / 100 / tests;   // USER_HZ is 100 on Linux
        return new double[] {wallMs, cpuMs};
    }

    /** Busy ticks of all CPUs: user, nice, system, irq, softirq, steal. */
    private static long machineCpuTicks() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7])
                + Long.parseLong(f[8]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
