/**
 * Threads the services start for themselves: {@link dev.judge.threads.DaemonThreads}, one way to
 * make a named daemon thread. Plain Java, like the rest of shared-model.
 */
package dev.judge.threads;
