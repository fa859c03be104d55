package dev.judge.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which compiler options a submission may pass, per language. Only options that change how the
 * source is compiled are allowed (macros, optimisation, language standard, warnings); anything
 * that could reach other files, the linker, the assembler or plugins is refused by name.
 */
public final class CompilerOptions {

    private static final Pattern GCC = Pattern.compile(String.join("|",
            "-D[A-Za-z_][A-Za-z0-9_]*(=[^\\s]*)?",
            "-U[A-Za-z_][A-Za-z0-9_]*",
            "-O[0-3sgz]?|-Ofast",
            "-std=[a-z0-9+]{1,16}",
            "-W(?![alp],)(no-)?[a-z0-9][a-z0-9=+-]{0,63}",
            "-w|-Wall|-Wextra|-pedantic|-pedantic-errors|-g|-g[0-3]",
            "-f(no-)?(exceptions|rtti|strict-aliasing|wrapv|trapv|sanitize=undefined|sanitize=address)",
            "-march=native|-mtune=native|-m(no-)?(avx2|avx|sse4\\.2|sse4\\.1|popcnt|bmi|bmi2|fma)",
            "-l(m|pthread)",
            "-pthread"));
    private static final Pattern JAVAC = Pattern.compile(
            "-Xlint(:[a-z,-]{1,128})?|-nowarn|-g|-g:(none|[a-z,]{1,32})|-parameters|-deprecation|-Werror");
    private static final String GCC_ALLOWED = "-D…, -U…, -O…, -std=…, -W… (not -Wl, -Wa, -Wp), -w, -g, -pedantic, "
            + "-f(no-)exceptions/rtti/strict-aliasing/wrapv/trapv, -m… instruction sets, -lm, -pthread";
    private static final String JAVAC_ALLOWED = "-Xlint…, -nowarn, -g…, -parameters, -deprecation, -Werror";

    private static final String FIELD = "compilerOptions";

    private CompilerOptions() {
    }

    /** The first option the language does not allow, as a problem naming it, or empty. */
    public static Optional<Problem> problem(Language language, List<String> options) {
        if (options == null || options.isEmpty()) {
            return Optional.empty();
        }
        String kind = language.profile().compilerOptions();
        Pattern allowed = switch (kind) {
            case "gcc" -> GCC;
            case "javac" -> JAVAC;
            default -> null;
        };
        for (String option : options) {
            if (option == null) {
                continue;   // reported by the validator's check of the entries
            }
            if (allowed == null) {
                return Optional.of(new Problem(FIELD, language.wireName() + " takes no compiler options (got '"
                        + shorten(option) + "')"));
            }
            if (!allowed.matcher(option).matches()) {
                return Optional.of(new Problem(FIELD, "'" + shorten(option) + "' is not allowed for " + language.wireName()
                        + " (allowed: " + (kind.equals("javac") ? JAVAC_ALLOWED : GCC_ALLOWED) + ")"));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String option) {
        return option.length() > 64 ? option.substring(0, 64) + "…" : option;
    }
}
