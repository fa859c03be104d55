package dev.judge.result;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** result-service: folds the pipeline's events into verdicts and keeps each submission's state. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResultServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResultServiceApplication.class, args);
    }
}
