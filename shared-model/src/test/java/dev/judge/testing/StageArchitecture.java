package dev.judge.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The line every stage module holds: its domain packages know no Kafka type. */
public final class StageArchitecture {

    private StageArchitecture() {
    }

    /**
     * Fails when a class of {@code domainPackages} depends on the Kafka client or spring-kafka.
     *
     * @param edgePackage where the stage's listener lives, named in the message
     */
    public static void checkKafkaFree(String edgePackage, String... domainPackages) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(domainPackages);
        noClasses().that().resideInAnyPackage(java.util.Arrays.stream(domainPackages).map(p -> p + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .because("a stage's logic takes an event and returns what it causes as a dev.judge.model.Effects value "
                        + "(records to publish, steps to run once they are acknowledged); move the Kafka code to the "
                        + "stage's listener in " + edgePackage + ", which turns the record into a domain value and hands "
                        + "the Effects to shared-kafka's DeliveryEdge, where sending, retrying, dead-lettering and "
                        + "committing live")
                .check(classes);
    }
}
