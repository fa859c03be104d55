package dev.judge.state;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.cluster.PartitionSelectorException;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.time.Duration;

/**
 * Commands that wait out a Redis Cluster failover: between a primary's failure and its replica's
 * promotion, a command for one of its slots is refused without being run (no node owns the slot,
 * the nodes answer {@code CLUSTERDOWN} or {@code TRYAGAIN}, or a new connection to the failed
 * node is refused). Such a command is sent again, with
 * back-off from 50 ms to 1 s, for up to {@link #WAIT}: it never ran, so sending it again is safe.
 * Any other failure is the caller's, at once.
 */
final class FailoverWait {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** How a command is run once. */
    interface Invocation {
        Object run(Method method, Object[] args) throws Exception;
    }

    private FailoverWait() {
    }

    @SuppressWarnings("unchecked")
    static <V> RedisClusterCommands<String, V> commands(Invocation invocation) {
        return (RedisClusterCommands<String, V>) Proxy.newProxyInstance(RedisClusterCommands.class.getClassLoader(),
                new Class<?>[] {RedisClusterCommands.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    long delayMs = 50;
                    while (true) {
                        try {
                            return invocation.run(method, args);
                        } catch (InvocationTargetException e) {
                            if (!refusedDuringFailover(e.getCause()) || System.nanoTime() > deadline) {
                                throw e.getCause();
                            }
                        }
                        Thread.sleep(delayMs);
                        delayMs = Math.min(delayMs * 2, 1000);
                    }
                });
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "RedisClusterCommands (waiting out failovers)";
        };
    }

    /** Whether the cluster refused a command without running it, because a failover is under way. */
    static boolean refusedDuringFailover(Throwable failure) {
        if (failure instanceof PartitionSelectorException || failure instanceof RedisConnectionException
                || failure.getCause() instanceof ConnectException) {
            return true;   // never sent
        }
        if (failure instanceof RedisCommandExecutionException e && e.getMessage() != null) {
            String code = e.getMessage().split(" ", 2)[0];
            return code.equals("CLUSTERDOWN") || code.equals("TRYAGAIN");
        }
        return false;
    }
}
