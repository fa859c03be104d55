package dev.judge.compile;

import dev.judge.testing.StageArchitecture;
import org.junit.jupiter.api.Test;

class StageArchitectureTest {

    @Test
    void theCompileStageKnowsNoKafka() {
        StageArchitecture.checkKafkaFree("dev.judge.compile", "dev.judge.compile.stage", "dev.judge.compile.build",
                "dev.judge.compile.problem");
    }
}
