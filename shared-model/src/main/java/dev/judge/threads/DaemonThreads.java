package dev.judge.threads;

import java.util.concurrent.ThreadFactory;

/**
 * The services' background threads (timers, watchers, executors of their own): daemon threads,
 * so none keeps a JVM alive once its application context closed, each named for what it does
 * so a thread dump reads.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Makes daemon threads named {@code name}. */
    public static ThreadFactory named(String name) {
        return work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A daemon thread named {@code name} that will run {@code work} once started. */
    public static Thread unstarted(String name, Runnable work) {
        return named(name).newThread(work);
    }
}
