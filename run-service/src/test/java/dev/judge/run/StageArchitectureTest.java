package dev.judge.run;

import dev.judge.testing.StageArchitecture;
import org.junit.jupiter.api.Test;

class StageArchitectureTest {

    @Test
    void theRunStageKnowsNoKafka() {
        StageArchitecture.checkKafkaFree("dev.judge.run", "dev.judge.run.execute", "dev.judge.run.schedule");
    }
}
