package dev.judge.api.submit;

import dev.judge.api.ApiProperties;
import dev.judge.kafka.DeliveryEdge;
import dev.judge.model.Effects;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.state.SubmissionIds;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The way in: checks, back-pressure from the stages' backlog, and the record on
 * {@code judge.submissions}, sent through the delivery edge and waited for: the request is
 * answered only once Kafka acknowledged it.
 */
@Configuration(proxyBeanMethods = false)
public class SubmitConfiguration {

    @Bean(destroyMethod = "close")
    Backlog backlog(KafkaAdmin kafkaAdmin, ApiProperties props) {
        return new Backlog(Admin.create(kafkaAdmin.getConfigurationProperties()),
                Map.of(Topics.SUBMISSIONS, props.compileGroup(), Topics.RUNS, props.runGroup(),
                        Topics.OUTCOMES, props.resultGroup(), Topics.VERDICTS, props.callbackGroup()));
    }


    @Bean
    SubmissionGateway submissionGateway(LanguageCatalog catalog, SubmissionIds ids,
            DeliveryEdge edge, Backlog backlog, ApiProperties props) {
        return new SubmissionGateway(new SubmissionValidator(catalog), ids,
                submission -> edge.deliverNow(Effects.publish(Topics.SUBMISSIONS, submission.id(), submission)),
                backlog::of, props.backlogThreshold());
    }
}
