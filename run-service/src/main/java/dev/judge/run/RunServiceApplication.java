package dev.judge.run;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** run-service: runs test cases in pooled sandbox boxes and reports each result. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RunServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RunServiceApplication.class, args);
    }
}
