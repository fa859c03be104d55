package dev.judge.api.judge0;

/** Judge0 CE's documented defaults and maxima for a submission's limits. */
final class Judge0Limits {

    static final double CPU_TIME_LIMIT = 5;
    static final double MAX_CPU_TIME_LIMIT = 15;
    static final double CPU_EXTRA_TIME = 1;
    static final double MAX_CPU_EXTRA_TIME = 5;
    static final double WALL_TIME_LIMIT = 10;
    static final double MAX_WALL_TIME_LIMIT = 20;
    static final long MEMORY_LIMIT = 128_000;
    static final long MAX_MEMORY_LIMIT = 512_000;
    static final long STACK_LIMIT = 64_000;
    static final long MAX_STACK_LIMIT = 128_000;
    static final long MAX_PROCESSES = 60;
    static final long MAX_MAX_PROCESSES = 120;
    static final long MAX_FILE_SIZE = 1_024;
    static final long MAX_MAX_FILE_SIZE = 4_096;
    static final long NUMBER_OF_RUNS = 1;
    static final long MAX_NUMBER_OF_RUNS = 20;
    static final int MAX_BATCH = 20;

    private Judge0Limits() {
    }
}
