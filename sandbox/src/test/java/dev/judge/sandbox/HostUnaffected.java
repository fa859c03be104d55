package dev.judge.sandbox;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures the host's state before each test and asserts after it that the test's programs left
 * it alone: {@code @ExtendWith(HostUnaffected.class)}.
 */
public final class HostUnaffected implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HostUnaffected.class);
    private static volatile HostState current;

    /** The state captured for the running test (its canary file, for instance). */
    public static HostState current() {
        return current;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current = HostState.capture();
        context.getStore(NAMESPACE).put("host", current);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getStore(NAMESPACE).get("host", HostState.class).assertUnaffected();
    }
}
