package dev.judge.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {

    @Test
    void theModelKnowsNoFrameworkOrBroker() {
        noClasses().that().resideInAPackage("dev.judge.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "io.lettuce..")
                .because("shared-model is plain Java shared by every stage and client: move framework code into "
                        + "the service that needs it and keep records, enums and the JSON mapping here")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.judge.model"));
    }
}
