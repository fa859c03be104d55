package dev.judge.compile.metrics;

import dev.judge.compile.javawarm.JavaCompileServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code java_compile_mode{mode="server"|"plain"}}: 1 for the path Java compiles take now;
 * {@code java_compile_server_restarts_total}. Without the server (disabled), plain is 1.
 */
@Component
class JavaCompileGauges {

    JavaCompileGauges(MeterRegistry registry, ObjectProvider<JavaCompileServer> servers) {
        JavaCompileServer server = servers.getIfAvailable();
        Gauge.builder("java_compile_mode", () -> server != null && server.ready() ? 1 : 0).tag("mode", "server")
                .description("Which path Java compiles take: the warm server or plain javac").register(registry);
        Gauge.builder("java_compile_mode", () -> server != null && server.ready() ? 0 : 1).tag("mode", "plain")
                .description("Which path Java compiles take: the warm server or plain javac").register(registry);
        if (server != null) {
            FunctionCounter.builder("java_compile_server_restarts", server, JavaCompileServer::restarts)
                    .description("Times the warm Java compile server was started again").register(registry);
        }
    }
}
