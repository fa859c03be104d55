package dev.judge.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a submission and resolves its defaults. Every problem is reported with the field it
 * concerns; nothing is clamped silently.
 */
public final class SubmissionValidator {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");
    public static final int MAX_SOURCE_BYTES = 256 * 1024;
    /** The most files a program may have. */
    public static final int MAX_FILES = 64;
    public static final int MAX_TESTS = 100;
    public static final int MAX_OPTIONS = 32;
    public static final int MAX_OPTION_LENGTH = 256;

    private final LanguageCatalog catalog;

    public SubmissionValidator(LanguageCatalog catalog) {
        this.catalog = catalog;
    }

    /** The outcome of a check: either a valid submission or the problems found. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(ValidSubmission submission) implements Result {
    }

    /** Each problem names its field. */
    public record Invalid(List<Problem> problems) implements Result {

        public Invalid {
            problems = List.copyOf(problems);
        }

        /** "field: message; field: message", for the verdict. */
        public String message() {
            return String.join("; ", problems.stream().map(Problem::toString).toList());
        }
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Result validate(Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (!isValidId(s.id())) {
            problems.add(new Problem("id", "must be 1-64 characters of [A-Za-z0-9_-]"));
        }
        Optional<Language> language = s.language() == null ? Optional.empty() : Language.fromWireName(s.language());
        if (s.language() == null) {
            problems.add(new Problem("language", "is required (one of GET /api/v1/languages, e.g. c, cpp, java, python)"));
        } else if (language.isEmpty()) {
            problems.add(new Problem("language", "unknown language '" + s.language() + "' (see GET /api/v1/languages for the installed ones)"));
        }
        java.util.Map<String, byte[]> files = ProgramFiles.check(s, language.orElse(null), problems);
        if (s.problemId() == null) {
            checkTests(s.tests(), problems);
        } else if (!ID.matcher(s.problemId()).matches()) {
            problems.add(new Problem("problemId", "must be 1-64 characters of [A-Za-z0-9_-]"));
        } else if (s.tests() != null && !s.tests().isEmpty()) {
            problems.add(new Problem("tests", "give tests or a problemId, not both (a problem's test cases are its package's)"));
        }
        if (s.problemVersion() != null && (s.problemId() == null || !VERSION.matcher(s.problemVersion()).matches())) {
            problems.add(new Problem("problemVersion", s.problemId() == null ? "is only for a submission that names a problemId"
                    : "must be a version the problem's document gives (16 hex digits)"));
        }
        ValidSubmission.Checker checker = InlineValidators.check(s, problems);
        checkWords("compilerOptions", s.compilerOptions(), problems);
        language.flatMap(l -> CompilerOptions.problem(l, s.compilerOptions())).ifPresent(problems::add);
        checkWords("arguments", s.arguments(), problems);
        Submission.Compare compare = checkCompare(s.compare(), problems);
        RunLimits limits = language.map(l -> resolveLimits(l, s.limits(), problems)).orElse(null);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new ValidSubmission(s.id(), language.orElseThrow(), s.source(),
                s.problemId() == null ? s.tests() : List.of(), limits,
                orEmpty(s.compilerOptions()), orEmpty(s.arguments()), Boolean.TRUE.equals(s.redirectStderrToStdout()),
                compare, Boolean.TRUE.equals(s.stopOnFirstFailure()), files, s.entry(), s.problemId(), checker));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static void checkTests(List<Submission.TestCase> tests, List<Problem> problems) {
        if (tests == null || tests.isEmpty()) {
            problems.add(new Problem("tests", "at least one test is required"));
            return;
        }
        if (tests.size() > MAX_TESTS) {
            problems.add(new Problem("tests", "at most " + MAX_TESTS + " tests, got " + tests.size()));
        }
        for (int i = 0; i < tests.size(); i++) {
            Submission.TestCase t = tests.get(i);
            if (t == null) {
                problems.add(new Problem("tests[" + i + "]", "must be an object"));
                continue;
            }
            checkOneForm("tests[" + i + "].stdin", t.stdin(), t.stdinBase64(), problems);
            checkOneForm("tests[" + i + "].expectedOutput", t.expectedOutput(), t.expectedOutputBase64(), problems);
        }
    }

    /** A test's text is given as text or as base64 of its exact bytes, not both; base64 must be valid. */
    private static void checkOneForm(String field, String text, String base64, List<Problem> problems) {
        if (base64 == null) {
            return;
        }
        if (text != null) {
            problems.add(new Problem(field, "give it as text or as " + field.substring(field.lastIndexOf('.') + 1)
                    + "Base64, not both"));
            return;
        }
        try {
            java.util.Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field + "Base64", "is not valid base64: " + e.getMessage()));
        }
    }

    private static void checkWords(String field, List<String> words, List<Problem> problems) {
        if (words == null) {
            return;
        }
        if (words.size() > MAX_OPTIONS) {
            problems.add(new Problem(field, "at most " + MAX_OPTIONS + " entries"));
        }
        for (String w : words) {
            if (w == null || w.length() > MAX_OPTION_LENGTH || w.indexOf('\0') >= 0) {
                problems.add(new Problem(field, "entries must be strings of at most " + MAX_OPTION_LENGTH + " characters"));
                return;
            }
        }
    }

    private static Submission.Compare checkCompare(Submission.Compare compare, List<Problem> problems) {
        if (compare == null || compare.mode() == null) {
            return new Submission.Compare(CompareMode.TRAILING_WHITESPACE, compare == null ? null : compare.epsilon());
        }
        if (compare.epsilon() != null && !(compare.epsilon() >= 0 && compare.epsilon() < 1)) {
            problems.add(new Problem("compare.epsilon", "must be at least 0 and below 1"));
        }
        if (compare.mode() == CompareMode.FLOAT && compare.epsilon() == null) {
            return new Submission.Compare(CompareMode.FLOAT, 1e-6);
        }
        return compare;
    }

    private RunLimits resolveLimits(Language language, Submission.RequestedLimits requested, List<Problem> problems) {
        LanguageCatalog.Entry entry = catalog.entry(language);
        RunLimits d = entry.defaults();
        RunLimits cap = entry.caps();
        Submission.RequestedLimits r = requested != null ? requested
                : new Submission.RequestedLimits(null, null, null, null, null, null, null);
        double cpu = seconds("limits.cpuTimeSec", r.cpuTimeSec(), d.cpuTimeSec(), cap.cpuTimeSec(), language, problems);
        double extra = seconds("limits.cpuExtraTimeSec", r.cpuExtraTimeSec(), d.cpuExtraTimeSec(), cap.cpuExtraTimeSec(),
                language, problems);
        double wallDefault = Math.min(2 * cpu + 1, cap.wallTimeSec());
        double wall = seconds("limits.wallTimeSec", r.wallTimeSec(), wallDefault, cap.wallTimeSec(), language, problems);
        long memory = amount("limits.memoryKb", r.memoryKb(), d.memoryKb(), cap.memoryKb(), language, problems);
        long stack = amount("limits.stackKb", r.stackKb(), d.stackKb(), cap.stackKb(), language, problems);
        long processes = amount("limits.maxProcesses", r.maxProcesses() == null ? null : r.maxProcesses().longValue(),
                d.maxProcesses(), cap.maxProcesses(), language, problems);
        long output = amount("limits.outputLimitKb", r.outputLimitKb(), d.outputLimitKb(), cap.outputLimitKb(), language,
                problems);
        return new RunLimits(cpu, extra, wall, memory, stack, (int) processes, output);
    }

    private static double seconds(String field, Double value, double def, double cap, Language l, List<Problem> problems) {
        boolean zeroAllowed = field.endsWith("ExtraTimeSec");
        return value == null || !usable(field, value, value, zeroAllowed, cap, l, problems) ? def : value;
    }

    private static long amount(String field, Long value, long def, long cap, Language l, List<Problem> problems) {
        return value == null || !usable(field, value, value, false, cap, l, problems) ? def : value;
    }

    /** Whether a limit is positive (or zero, where allowed) and within the language's cap; records why not. */
    private static boolean usable(String field, double value, Object shown, boolean zeroAllowed, double cap, Language l,
            List<Problem> problems) {
        if (Double.isNaN(value) || value < 0 || value == 0 && !zeroAllowed) {
            problems.add(new Problem(field, "must be positive, got " + shown));
            return false;
        }
        if (value > cap) {
            problems.add(new Problem(field, shown + " is above the " + l.wireName() + " cap of "
                    + (shown instanceof Long ? String.valueOf((long) cap) : String.valueOf(cap))));
            return false;
        }
        return true;
    }
}
