package dev.judge.compile;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** compile-service: builds each submitted program once, in the sandbox, and hands its tests to the run stage. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompileServiceApplication {

    /** Its configuration is compile-service.yml, so the three services can share a class path in tests. */
    public static final String CONFIG_NAME = "spring.config.name=compile-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CompileServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
