package dev.judge.compile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** compile-service: builds each submitted program once, in the sandbox, and hands its tests to the run stage. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompileServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CompileServiceApplication.class, args);
    }
}
