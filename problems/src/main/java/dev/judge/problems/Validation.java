package dev.judge.problems;

/**
 * How a submission's output is checked: {@code validation} in a legacy {@code problem.yaml}
 * ({@code default}, {@code custom}, {@code custom interactive}, ...), or in 2023-07 and later the
 * {@code type} list ({@code interactive}, {@code multi-pass}) together with whether
 * {@code output_validator/} exists.
 *
 * @param kind who checks and how it talks to the submission
 * @param validatorScores whether the validator writes {@code score.txt} (legacy {@code custom score};
 *     2023-07 and later: any custom validator of a scoring problem may)
 */
public record Validation(Kind kind, boolean validatorScores) {

    public static final Validation DEFAULT = new Validation(Kind.DEFAULT, false);

    /** Who checks the output, and whether it runs alongside the submission. */
    public enum Kind {
        /** The specification's default validator ({@link dev.judge.problems.validator.DefaultValidator}). */
        DEFAULT,
        /** The package's output validator, run after the submission on its output. */
        CUSTOM,
        /** The package's output validator, run at the same time as the submission, their pipes crossed. */
        CUSTOM_INTERACTIVE,
        /** The submission runs several passes; the validator writes each next pass's input. */
        CUSTOM_MULTI_PASS,
        /** Both: several interactive passes. */
        CUSTOM_INTERACTIVE_MULTI_PASS;

        public boolean custom() {
            return this != DEFAULT;
        }

        public boolean interactive() {
            return this == CUSTOM_INTERACTIVE || this == CUSTOM_INTERACTIVE_MULTI_PASS;
        }

        public boolean multiPass() {
            return this == CUSTOM_MULTI_PASS || this == CUSTOM_INTERACTIVE_MULTI_PASS;
        }

        /** The kind with these properties. */
        public static Kind of(boolean custom, boolean interactive, boolean multiPass) {
            if (!custom) {
                return DEFAULT;
            }
            if (interactive) {
                return multiPass ? CUSTOM_INTERACTIVE_MULTI_PASS : CUSTOM_INTERACTIVE;
            }
            return multiPass ? CUSTOM_MULTI_PASS : CUSTOM;
        }
    }
}
