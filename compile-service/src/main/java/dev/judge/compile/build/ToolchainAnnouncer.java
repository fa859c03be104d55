package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.state.Toolchains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the API which toolchains are installed (Redis hash {@code toolchains}), asked in the sandbox. */
@Component
class ToolchainAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ToolchainAnnouncer.class);

    private final ProgramBuilder builder;
    private final Toolchains toolchains;

    ToolchainAnnouncer(ProgramBuilder builder, Toolchains toolchains) {
        this.builder = builder;
        this.toolchains = toolchains;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() throws InterruptedException {
        for (Language language : Language.values()) {
            if (!Toolchain.of(language).installed()) {
                log.info("{} is not offered: its toolchain is not installed on this host", language.wireName());
                toolchains.withdraw(language);
                continue;
            }
            try {
                toolchains.announce(builder.toolchain(language));
            } catch (ToolchainUnavailableException e) {
                log.error("Toolchain of {} is not usable: {}", language.wireName(), e.getMessage());
                toolchains.withdraw(language);
            }
        }
    }
}
