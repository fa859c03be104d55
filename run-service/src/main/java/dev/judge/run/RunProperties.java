package dev.judge.run;

import dev.judge.model.Language;
import dev.judge.run.schedule.ConcurrencyLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * run-service's settings ({@code judge.run.*}).
 *
 * @param sandbox the launcher and this instance's boxes
 * @param localCacheBytes how many bytes of artifacts this instance keeps in memory
 * @param keptOutputBytesPerSubmission full outputs kept in Redis per submission, over all its tests
 *     and both streams; beyond it they are cut and marked
 * @param concurrency tests per language at once, and the memory back-off
 * @param java the Java start-up archive and its warm-up schedule
 * @param problemDataDirectory where this host keeps problems' test data by digest
 * @param problemDataMaxBytes how much test data that directory holds at most (least recently used files go first)
 */
@Validated
@ConfigurationProperties("judge.run")
public record RunProperties(
        @Valid @NotNull dev.judge.sandbox.BoxRange sandbox,
        @Min(0) long localCacheBytes,
        @Min(1024) long keptOutputBytesPerSubmission,
        @Valid @NotNull Concurrency concurrency,
        @Valid @NotNull Java java,
        @NotNull Path problemDataDirectory,
        @Positive long problemDataMaxBytes) {

    /**
     * Where Java start-up archives are kept, how old the last warm-up may be when a Java batch
     * arrives ({@code warmupStaleAfter}) and how often the background warm-up runs.
     */
    public record Java(@NotNull Path archiveDirectory, @NotNull Duration warmupStaleAfter, @NotNull Duration warmupPeriod) {
    }

    /**
     * How many tests of each language one instance runs at once ({@code caps}, by language wire
     * name, overriding the profile's {@code run.concurrency}; never more than its boxes); above {@code memoryThreshold} of the host's memory in use,
     * checked every {@code memoryCheck}, the limits halve; {@code maxQueuedTests} tests may wait
     * for a box before the consumer stops taking records.
     */
    public record Concurrency(Map<String, Integer> caps, @Positive @Max(1) double memoryThreshold,
            @NotNull Duration memoryCheck, @Min(1) int maxQueuedTests) {

        public Concurrency {
            caps = caps == null ? Map.of() : Map.copyOf(caps);
        }

        public ConcurrencyLimits limits(int boxes) {
            Map<Language, Integer> byLanguage = new java.util.HashMap<>();
            for (Language language : Language.values()) {
                Integer cap = caps.get(language.wireName());
                byLanguage.put(language, cap != null ? cap : language.profile().run().concurrency());
            }
            return new ConcurrencyLimits(byLanguage, boxes);
        }
    }

}
