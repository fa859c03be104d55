package dev.judge.api.callback;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due callbacks a few times a second; any instance may, the queue's lease keeps them apart. */
@Component
class CallbackScheduler {

    private final CallbackSender sender;

    CallbackScheduler(CallbackSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = 250)
    void sendDue() {
        sender.sendDue();
    }
}
