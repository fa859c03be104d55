package dev.judge.model.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's command line with its placeholders filled in. An argument that is exactly
 * {@code {sources}} or {@code {options}} becomes several arguments (every source file; the
 * submission's compiler options); any other {@code {name}} inside an argument is replaced by its
 * value ({@code {entry}}, {@code {entryStem}}, {@code {javaHome}}, {@code {memoryKb}}, ...). A
 * placeholder without a value is a fault of the profile, reported by name.
 */
public final class CommandTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private CommandTemplate() {
    }

    /**
     * @param template the profile's command
     * @param lists values of the placeholders that stand for several arguments
     * @param values values of the placeholders within an argument
     */
    public static List<String> expand(List<String> template, Map<String, List<String>> lists, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String argument : template) {
            Matcher whole = PLACEHOLDER.matcher(argument);
            if (whole.matches() && lists.containsKey(whole.group(1))) {
                out.addAll(lists.get(whole.group(1)));
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(argument);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + template);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }

    /** The names of the placeholders a command uses. */
    public static List<String> placeholders(List<String> template) {
        List<String> names = new ArrayList<>();
        for (String argument : template) {
            Matcher m = PLACEHOLDER.matcher(argument);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
