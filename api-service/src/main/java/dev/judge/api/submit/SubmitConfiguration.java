package dev.judge.api.submit;

import dev.judge.api.ApiProperties;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.state.SubmissionStore;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** The way in: checks, back-pressure from the stages' backlog, and the record on {@code judge.submissions}. */
@Configuration(proxyBeanMethods = false)
public class SubmitConfiguration {

    @Bean(destroyMethod = "close")
    Backlog backlog(KafkaAdmin kafkaAdmin, ApiProperties props) {
        return new Backlog(Admin.create(kafkaAdmin.getConfigurationProperties()),
                Map.of(Topics.SUBMISSIONS, props.compileGroup(), Topics.RUNS, props.runGroup(),
                        Topics.OUTCOMES, props.resultGroup(), Topics.VERDICTS, props.callbackGroup()));
    }


    @Bean
    SubmissionGateway submissionGateway(LanguageCatalog catalog, SubmissionStore store,
            KafkaTemplate<String, Object> submissionTemplate, Backlog backlog, ApiProperties props) {
        return new SubmissionGateway(new SubmissionValidator(catalog), store,
                submission -> PipelineKafka.sendAndWait(submissionTemplate, Topics.SUBMISSIONS, submission.id(), submission),
                backlog::of, props.backlogThreshold());
    }
}
