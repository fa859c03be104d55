package dev.judge.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** api-service: the HTTP APIs in front of the pipeline; a client of it like any other. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ApiServiceApplication {

    /** Its configuration is api-service.yml, so the services can share a class path in tests. */
    public static final String CONFIG_NAME = "spring.config.name=api-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ApiServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
