package dev.judge.api.judge0;

import dev.judge.model.TestResult;
import dev.judge.model.Verdict;

/** Judge0 CE's status ids, plus our extension 15 (Memory Limit Exceeded). */
enum Judge0Status {
    IN_QUEUE(1, "In Queue"),
    PROCESSING(2, "Processing"),
    ACCEPTED(3, "Accepted"),
    WRONG_ANSWER(4, "Wrong Answer"),
    TIME_LIMIT_EXCEEDED(5, "Time Limit Exceeded"),
    COMPILATION_ERROR(6, "Compilation Error"),
    RUNTIME_ERROR_SIGSEGV(7, "Runtime Error (SIGSEGV)"),
    RUNTIME_ERROR_SIGXFSZ(8, "Runtime Error (SIGXFSZ)"),
    RUNTIME_ERROR_SIGFPE(9, "Runtime Error (SIGFPE)"),
    RUNTIME_ERROR_SIGABRT(10, "Runtime Error (SIGABRT)"),
    RUNTIME_ERROR_NZEC(11, "Runtime Error (NZEC)"),
    RUNTIME_ERROR_OTHER(12, "Runtime Error (Other)"),
    INTERNAL_ERROR(13, "Internal Error"),
    EXEC_FORMAT_ERROR(14, "Exec Format Error"),
    MEMORY_LIMIT_EXCEEDED(15, "Memory Limit Exceeded");

    final int id;
    final String description;

    Judge0Status(int id, String description) {
        this.id = id;
        this.description = description;
    }

    static Judge0Status of(Verdict v, TestResult deciding) {
        return switch (v.status()) {
            case ACCEPTED, SKIPPED -> ACCEPTED;
            case WRONG_ANSWER -> WRONG_ANSWER;
            case TIME_LIMIT_EXCEEDED -> TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT_EXCEEDED -> MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT_EXCEEDED -> RUNTIME_ERROR_SIGXFSZ;
            case COMPILATION_ERROR -> COMPILATION_ERROR;
            case REJECTED, INTERNAL_ERROR -> INTERNAL_ERROR;
            case RUNTIME_ERROR -> runtimeError(deciding);
        };
    }

    private static Judge0Status runtimeError(TestResult t) {
        if (t == null || t.signal() == null) {
            return RUNTIME_ERROR_NZEC;
        }
        return switch (t.signal()) {
            case 11 -> RUNTIME_ERROR_SIGSEGV;
            case 25 -> RUNTIME_ERROR_SIGXFSZ;
            case 8 -> RUNTIME_ERROR_SIGFPE;
            case 6 -> RUNTIME_ERROR_SIGABRT;
            default -> RUNTIME_ERROR_OTHER;
        };
    }
}
