package dev.judge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks on a submission's own {@code checker} or {@code interactor}: one of them at most, only
 * with inline tests (a problem's own validator judges submissions on it), a known kind and language,
 * and a program that passes the same checks as a submission's ({@link ProgramFiles}), its problems
 * named under the field ({@code checker.files[0].name}).
 */
final class InlineValidators {

    private InlineValidators() {
    }

    /** The checked checker or interactor, or null when there is none (or it has problems, which are added). */
    static ValidSubmission.Checker check(Submission s, List<Problem> problems) {
        if (s.checker() != null && s.interactor() != null) {
            problems.add(new Problem("interactor", "give a checker or an interactor, not both"));
            return null;
        }
        boolean interactive = s.interactor() != null;
        Submission.InlineValidator v = interactive ? s.interactor() : s.checker();
        if (v == null) {
            return null;
        }
        String field = interactive ? "interactor" : "checker";
        if (s.problemId() != null) {
            problems.add(new Problem(field, "a problem's own output validator judges submissions on it; give a " + field
                    + " only with inline tests"));
            return null;
        }
        int before = problems.size();
        ValidatorProgram.Kind kind = ValidatorProgram.Kind.KATTIS;
        if (v.kind() != null) {
            switch (v.kind()) {
                case "kattis" -> kind = ValidatorProgram.Kind.KATTIS;
                case "testlib" -> {
                    if (interactive) {
                        problems.add(new Problem(field + ".kind", "an interactor talks the problem package interface: "
                                + "leave kind out or give kattis"));
                    }
                    kind = ValidatorProgram.Kind.TESTLIB;
                }
                default -> problems.add(new Problem(field + ".kind", "must be kattis or testlib, not '" + v.kind() + "'"));
            }
        }
        Optional<Language> language = v.language() == null ? Optional.empty() : Language.fromWireName(v.language());
        if (v.language() == null) {
            problems.add(new Problem(field + ".language", "is required (one of GET /api/v1/languages)"));
        } else if (language.isEmpty()) {
            problems.add(new Problem(field + ".language", "unknown language '" + v.language() + "'"));
        }
        List<Problem> program = new ArrayList<>();
        Map<String, byte[]> files = ProgramFiles.check(new Submission(null, v.language(), v.source(), null, null, null, null,
                null, null, null, v.files(), null), language.orElse(null), program);
        program.forEach(p -> problems.add(new Problem(field + "." + p.field(), p.message())));
        if (problems.size() > before) {
            return null;
        }
        return new ValidSubmission.Checker(kind, language.orElseThrow(), v.source() == null || v.source().isEmpty() ? null
                : v.source(), files, interactive);
    }
}
