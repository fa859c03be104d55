package dev.judge.result;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** result-service: folds the pipeline's events into verdicts and keeps each submission's state. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResultServiceApplication {

    /** Its configuration is result-service.yml, so the three services can share a class path in tests. */
    public static final String CONFIG_NAME = "spring.config.name=result-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ResultServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
