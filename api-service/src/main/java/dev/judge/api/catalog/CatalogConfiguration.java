package dev.judge.api.catalog;

import dev.judge.model.LanguageCatalog;
import dev.judge.state.RedisConnections;
import dev.judge.state.Toolchains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The language catalogue: the pipeline's limits and the toolchains compile-service announced. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    LanguageCatalog languageCatalog() {
        return LanguageCatalog.defaults();
    }

    @Bean
    Languages languages(RedisConnections redis, LanguageCatalog catalog) {
        Toolchains toolchains = new Toolchains(redis.text());
        return new Languages(language -> toolchains.installed(language).map(Toolchains.Installed::version), catalog);
    }
}
