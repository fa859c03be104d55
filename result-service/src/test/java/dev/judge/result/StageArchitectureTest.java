package dev.judge.result;

import dev.judge.testing.StageArchitecture;
import org.junit.jupiter.api.Test;

class StageArchitectureTest {

    @Test
    void theResultStageKnowsNoKafka() {
        StageArchitecture.checkKafkaFree("dev.judge.result", "dev.judge.result.aggregate", "dev.judge.result.rebuild");
    }
}
