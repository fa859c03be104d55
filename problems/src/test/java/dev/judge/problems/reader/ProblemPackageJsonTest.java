package dev.judge.problems.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Json;
import dev.judge.problems.ProblemPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model is stored as JSON (the judge keeps every imported version): what is written reads back equal. */
class ProblemPackageJsonTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"floatdefault", "customfeedback", "scoringgroups", "modern"})
    void everyTestPackageReadsBackEqualFromItsJson(String name) throws Exception {
        ProblemPackage p = new PackageReader().read(Zips.zip(name, null, temp), new MemorySink());
        String json = Json.mapper().writeValueAsString(p);
        assertThat(Json.mapper().readValue(json, ProblemPackage.class)).isEqualTo(p);
    }
}
