package dev.judge.run;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** run-service: runs test cases in pooled sandbox boxes and reports each result. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RunServiceApplication {

    /** Its configuration is run-service.yml, so the three services can share a class path in tests. */
    public static final String CONFIG_NAME = "spring.config.name=run-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(RunServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
