import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The committed performance baseline (infra/bench/baseline.json) and the comparison against it.
 *
 * <pre>
 * java Baseline.java record  run/bench/stack-bench.json infra/bench/baseline.json "machine description"
 * java Baseline.java compare run/bench/stack-bench.json infra/bench/baseline.json 25
 * </pre>
 *
 * {@code record} keeps the per-language medians (warm and cold, through Kafka and HTTP), the
 * throughput, the CPU per submission and the burst, with the machine and the date. {@code compare}
 * exits 1, naming each number, when one is more than the tolerance (percent) worse than the
 * baseline, or when the burst lost or duplicated a verdict. The numbers compared are medians of
 * rounds that interleave every language and path (StackBench), so a noisy minute touches all alike.
 */
public class Baseline {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A number the baseline keeps: where it is in the bench's JSON and which way is better. */
    record Measure(String path, boolean lowerIsBetter) {
        String label() {
            return path.replace('/', ' ');
        }
    }

    static List<Measure> measures(JsonNode bench) {
        List<Measure> m = new ArrayList<>();
        bench.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("-kafka") || name.endsWith("-http")) {
                m.add(new Measure(name + "/warmP50Ms", true));
                m.add(new Measure(name + "/coldP50Ms", true));
            }
        });
        if (bench.has("throughput")) {
            m.add(new Measure("throughput/perSecond", false));
            m.add(new Measure("throughput/cpuMsPerSubmission-total", true));
        }
        if (bench.has("burst")) {
            m.add(new Measure("burst/perSecond", false));
        }
        return m;
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("/")) {
            n = n.path(part);
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !List.of("record", "compare").contains(args[0])) {
            System.err.println("usage: Baseline record|compare <stack-bench.json> <baseline.json> <machine|tolerance%>");
            System.exit(2);
        }
        JsonNode bench = JSON.readTree(Path.of(args[1]).toFile());
        Path baselineFile = Path.of(args[2]);
        if (args[0].equals("record")) {
            ObjectNode out = JSON.createObjectNode();
            out.put("machine", args[3]);
            out.put("date", java.time.LocalDate.now().toString());
            out.put("method", "./judge bench: medians of interleaved rounds (StackBench), everything on one host");
            ObjectNode values = out.putObject("medians");
            for (Measure m : measures(bench)) {
                values.put(m.path(), Math.round(at(bench, m.path()).asDouble() * 10) / 10.0);
            }
            Files.writeString(baselineFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
            System.out.println("judge: baseline written to " + baselineFile);
            return;
        }
        double tolerance = Double.parseDouble(args[3]) / 100;
        JsonNode baseline = JSON.readTree(baselineFile.toFile());
        System.out.println("Against the baseline of " + baseline.path("date").asText() + " (" + baseline.path("machine").asText()
                + "), tolerance " + args[3] + " %:");
        System.out.println("| measure | baseline | now | change | |\n|---|---|---|---|---|");
        List<String> worse = new ArrayList<>();
        for (Measure m : measures(bench)) {
            JsonNode was = baseline.path("medians").path(m.path());
            if (was.isMissingNode()) {
                continue;
            }
            double before = was.asDouble();
            double now = at(bench, m.path()).asDouble();
            double change = before == 0 ? 0 : (now - before) / before;
            boolean regressed = m.lowerIsBetter() ? change > tolerance : change < -tolerance;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %+.0f %% | %s |%n", m.label(), before, now, change * 100,
                    regressed ? "WORSE" : "ok");
            if (regressed) {
                worse.add(String.format(Locale.ROOT, "%s: %.1f, was %.1f (%+.0f %%)", m.label(), now, before, change * 100));
            }
        }
        JsonNode burst = bench.path("burst");
        if (burst.path("lost").asInt() > 0 || burst.path("duplicated").asInt() > 0) {
            worse.add("burst: " + burst.path("lost").asInt() + " verdicts lost, " + burst.path("duplicated").asInt() + " duplicated");
        }
        if (!worse.isEmpty()) {
            System.err.println("judge: worse than the baseline by more than " + args[3] + " %:");
            worse.forEach(w -> System.err.println("  " + w));
            System.exit(1);
        }
        System.out.println("judge: no number is worse than the baseline by more than " + args[3] + " %");
    }
}
