package dev.judge.problems;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ProblemsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.judge.problems");

    @Test
    void problemsKnowNoFrameworkBrokerOrStore() {
        noClasses().that().resideInAPackage("dev.judge.problems..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "io.lettuce..")
                .because("the problems module is plain Java that every stage calls: put the Spring, Kafka or Redis "
                        + "edge in the service that imports packages, and pass it a TestDataSink")
                .check(CLASSES);
    }

    @Test
    void theModelDoesNotReachIntoTheParts() {
        noClasses().that().resideInAPackage("dev.judge.problems")
                .should().dependOnClassesThat().resideInAnyPackage("dev.judge.problems.reader..",
                        "dev.judge.problems.grading..")
                .because("the model is what judging reads; the reader builds it and the grader reads it, not the"
                        + " other way round")
                .check(CLASSES);
    }
}
