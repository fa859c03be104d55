package dev.judge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.deploy.CustomResources.ScaledObject;
import dev.judge.deploy.CustomResources.SecretTargetRef;
import dev.judge.deploy.CustomResources.Trigger;
import dev.judge.deploy.CustomResources.TriggerAuthentication;
import dev.judge.deploy.KubernetesManifestsTest.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

/**
 * KEDA's login to a Kafka with SASL and TLS (docs/operations.md, "A managed Kafka and Redis"): the
 * production overlay carries a TriggerAuthentication whose parameters are the kafka scaler's, all
 * from one Secret, and the triggers its scale patches show in comments, once uncommented, are the
 * base's trigger with that TriggerAuthentication named.
 */
class KedaAuthenticationTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyTriggerAuthenticationSetsKafkaParametersFromOneSecretAndEveryReferenceFindsOne(String overlay) {
        Stack stack = Stack.of(overlay);
        List<TriggerAuthentication> auths = stack.all(TriggerAuthentication.class);
        for (TriggerAuthentication auth : auths) {
            List<SecretTargetRef> refs = auth.spec().secretTargetRef();
            assertThat(refs).as("%s %s", overlay, auth.metadata().getName()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.key()).isNotBlank());
            assertThat(refs).extracting(SecretTargetRef::parameter).doesNotHaveDuplicates()
                    .isSubsetOf(CustomResources.KAFKA_AUTH_PARAMETERS);
            assertThat(refs.stream().map(SecretTargetRef::name).collect(Collectors.toSet())).hasSize(1);
        }
        Set<String> names = auths.stream().map(a -> a.metadata().getName()).collect(Collectors.toSet());
        for (ScaledObject so : stack.all(ScaledObject.class)) {
            for (Trigger t : so.spec().triggers()) {
                if (t.authenticationRef() != null) {
                    assertThat(names).as("%s %s authenticationRef", overlay, so.metadata().getName())
                            .contains(t.authenticationRef().name());
                }
            }
        }
    }

    @Test
    void productionCarriesSaslAndTlsCredentialsForKeda() {
        TriggerAuthentication auth = Stack.of("overlays/production").all(TriggerAuthentication.class).stream()
                .filter(a -> a.metadata().getName().equals("judge-kafka")).findFirst().orElseThrow();
        assertThat(auth.spec().secretTargetRef()).extracting(SecretTargetRef::parameter)
                .contains("sasl", "username", "password", "tls", "ca");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compile"})
    void theCommentedTriggerIsTheBasesWithTheTriggerAuthenticationNamed(String stage) throws IOException {
        String patch = Files.readString(KubernetesManifestsTest.MANIFESTS.resolve("overlays/production/scale-" + stage + ".yaml"));
        String commented = patch.substring(patch.indexOf("  # triggers:")).lines()
                .filter(l -> l.startsWith("  #   ")).map(l -> l.substring("  #   ".length())).collect(Collectors.joining("\n"));
        List<Trigger> triggers = StrictYaml.MAPPER.readValue(commented, new TypeReference<List<Trigger>>() { });
        Stack production = Stack.of("overlays/production");
        ScaledObject scaled = production.all(ScaledObject.class).stream()
                .filter(s -> s.metadata().getName().equals(stage + "-service")).findFirst().orElseThrow();

        assertThat(triggers).hasSize(1);
        assertThat(triggers.get(0).type()).isEqualTo("kafka");
        assertThat(triggers.get(0).metadata()).isEqualTo(scaled.spec().triggers().get(0).metadata());
        assertThat(production.all(TriggerAuthentication.class)).extracting(a -> a.metadata().getName())
                .contains(triggers.get(0).authenticationRef().name());
    }
}
