package dev.judge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * api-service's settings ({@code judge.api.*}).
 *
 * @param maxBodyBytes larger request bodies get 413 (below the 16 MiB record limit)
 * @param waitTimeout how long {@code wait=true} waits before answering with the in-flight state
 * @param backlogThreshold submissions waiting to be compiled above which new ones get 503
 * @param retryAfterSeconds the {@code Retry-After} of a 503
 * @param authTokens accepted {@code X-Auth-Token} values; empty: no authentication
 * @param callbackAllowList hosts or addresses callbacks may reach although they are internal
 * @param callbackMaxAttempts attempts before a callback is given up (and counted)
 * @param callbackTimeout timeout of one callback request
 * @param callbackConcurrency callbacks in flight at once (at most two per target host)
 * @param compileGroup compile-service's consumer group, whose lag is the backlog
 * @param runGroup run-service's consumer group, for {@code /workers}
 * @param resultGroup result-service's consumer group, whose lag is exported
 * @param callbackGroup this service's consumer group on {@code judge.verdicts}, which queues callbacks
 * @param waitsPerClient {@code wait=true} requests one client address may hold at once (429 beyond)
 * @param waitsTotal {@code wait=true} requests this instance holds at once (503 beyond)
 * @param streamsPerClient event streams one client address may hold open (429 beyond)
 * @param streamsTotal event streams this instance holds open (503 beyond)
 * @param streamHeartbeat how often an open stream gets a comment line, which also finds closed clients
 * @param liveThreads threads that complete waits and write stream events
 * @param trustedProxies addresses or CIDR networks (IPv4, IPv6) of the proxies in front of this
 *        service, whose forwarding header names the client; empty: each connection's peer is the client
 * @param forwardedHeader the header trusted proxies name the client in: {@code X-Forwarded-For} or
 *        {@code Forwarded} (RFC 7239); the other one is never read
 * @param maxPackageBytes larger problem packages get 413; those above the record limit travel through Redis
 */
@Validated
@ConfigurationProperties("judge.api")
public record ApiProperties(@Min(1024) @Max(16 * 1024 * 1024 - 65536) int maxBodyBytes, @NotNull Duration waitTimeout,
        @Min(1) long backlogThreshold, @Min(1) int retryAfterSeconds, List<String> authTokens,
        List<String> callbackAllowList, @Min(1) int callbackMaxAttempts, @NotNull Duration callbackTimeout,
        @Min(1) int callbackConcurrency, @NotBlank String compileGroup, @NotBlank String runGroup, @NotBlank String resultGroup,
        @NotBlank String callbackGroup,
        @Min(1) int waitsPerClient, @Min(1) int waitsTotal, @Min(1) int streamsPerClient, @Min(1) int streamsTotal,
        @NotNull Duration streamHeartbeat, @Min(1) int liveThreads, List<String> trustedProxies,
        @NotNull @Pattern(regexp = "(?i)X-Forwarded-For|Forwarded") String forwardedHeader, @Min(1024) long maxPackageBytes) {

    public ApiProperties {
        authTokens = authTokens == null ? List.of() : authTokens.stream().filter(t -> !t.isBlank()).toList();
        callbackAllowList = callbackAllowList == null ? List.of()
                : callbackAllowList.stream().filter(t -> !t.isBlank()).toList();
        trustedProxies = trustedProxies == null ? List.of() : trustedProxies.stream().filter(t -> !t.isBlank()).toList();
    }
}
