package dev.judge.run.javawarm;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The program a Java start-up archive is trained on: what contest solutions use in their first
 * milliseconds (Scanner, BufferedReader, collections, streams, String.format, PrintWriter). Only
 * JDK classes; it runs in a box like any program, copied into the archive's jar.
 */
public final class WarmupProgram {

    private WarmupProgram() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String first = in.readLine();
        Scanner scanner = new Scanner(first == null ? "1 2" : first);
        long a = scanner.nextLong();
        long b = scanner.nextLong();
        List<Long> numbers = new ArrayList<>(List.of(a, b, a * b));
        Map<String, Long> named = new HashMap<>();
        named.put("sum", a + b);
        TreeMap<Long, String> sorted = numbers.stream().collect(Collectors.toMap(n -> n, String::valueOf, (x, y) -> x,
                TreeMap::new));
        StringBuilder text = new StringBuilder();
        sorted.forEach((k, v) -> text.append(v).append(' '));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(String.format("%d %s %.2f", named.get("sum"), text.toString().trim(), Math.sqrt(a + b)));
        out.println(numbers.stream().mapToLong(Long::longValue).sum() + " " + String.join(",", List.of("x", "y")));
        out.flush();
    }
}
