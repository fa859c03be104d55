package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.state.Toolchains;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the API which toolchains are installed (Redis hash {@code toolchains}), asked in the
 * sandbox at start, and says it again every 15 s: a Redis that restarted without its data would
 * otherwise leave the API offering no language until compile-service restarts.
 */
@Component
class ToolchainAnnouncer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ToolchainAnnouncer.class);
    private static final long AGAIN_EVERY_SECONDS = 15;

    private final ProgramBuilder builder;
    private final Toolchains toolchains;
    private final List<Toolchains.Installed> announced = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "toolchain-announcer");
        t.setDaemon(true);
        return t;
    });

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
                Toolchains.Installed installed = builder.toolchain(language);
                toolchains.announce(installed);
                announced.add(installed);
            } catch (ToolchainUnavailableException e) {
                log.error("Toolchain of {} is not usable: {}", language.wireName(), e.getMessage());
                toolchains.withdraw(language);
            }
        }
        timer.scheduleWithFixedDelay(this::announceAgain, AGAIN_EVERY_SECONDS, AGAIN_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void announceAgain() {
        try {
            announced.forEach(toolchains::announce);
        } catch (RuntimeException e) {
            log.warn("Toolchains could not be announced again (Redis unreachable?): {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
