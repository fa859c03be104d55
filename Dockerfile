# The four services' images, one build: the Maven build and the official isolate are built once
# and shared; each service is a target. Build from the repository root, e.g.
#   docker build --target compile-service -t judge/compile-service .
# compile- and run-service run programs in the official isolate (built here from its upstream
# repository at a pinned release) and need --privileged and the host's cgroup v1 hierarchy (see
# infra/compose/docker-compose.yml and docs/operations.md); result- and api-service are the JVM only.

FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends maven openjdk-17-jdk-headless gcc make libseccomp-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests -pl compile-service,run-service,result-service,api-service -am package

FROM debian:12 AS isolate
ARG ISOLATE_VERSION=v1.10.1
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git gcc make libcap-dev \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 --branch "$ISOLATE_VERSION" https://github.com/ioi/isolate.git /isolate \
    && make -C /isolate isolate isolate-check-environment && make -C /isolate install

# What compile- and run-service share: a JDK (Java programs are compiled and run), the
# interpreters, and isolate.
FROM debian:12-slim AS sandboxed
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless python3 nodejs libcap2 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=isolate /usr/local/bin/isolate /usr/local/bin/isolate-check-environment /usr/local/bin/
COPY --from=isolate /usr/local/etc/isolate /usr/local/etc/isolate
RUN mkdir -p /var/local/lib/isolate /run/judge
ENV JUDGE_SANDBOX_BINARY=/usr/local/bin/isolate

FROM debian:12-slim AS jvm
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*

FROM sandboxed AS compile-service
RUN apt-get update && apt-get install -y --no-install-recommends gcc g++ && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/compile-service/target/compile-service-*-exec.jar /opt/judge/compile-service.jar
ENV JUDGE_COMPILE_HTTP_ADDRESS=0.0.0.0
EXPOSE 9101
ENTRYPOINT ["java", "-Djdk.lang.Process.launchMechanism=VFORK", "-jar", "/opt/judge/compile-service.jar"]

FROM sandboxed AS run-service
COPY --from=build /src/run-service/target/run-service-*-exec.jar /opt/judge/run-service.jar
ENV JUDGE_RUN_HTTP_ADDRESS=0.0.0.0
EXPOSE 9102
ENTRYPOINT ["java", "-Djdk.lang.Process.launchMechanism=VFORK", "-jar", "/opt/judge/run-service.jar"]

FROM jvm AS result-service
COPY --from=build /src/result-service/target/result-service-*-exec.jar /opt/judge/result-service.jar
ENV JUDGE_RESULT_HTTP_ADDRESS=0.0.0.0
EXPOSE 9103
ENTRYPOINT ["java", "-jar", "/opt/judge/result-service.jar"]

FROM jvm AS api-service
COPY --from=build /src/api-service/target/api-service-*-exec.jar /opt/judge/api-service.jar
ENV JUDGE_API_HTTP_ADDRESS=0.0.0.0
EXPOSE 2358 9104
ENTRYPOINT ["java", "-jar", "/opt/judge/api-service.jar"]
