# syntax=docker/dockerfile:1

# ---- Build: the Maven wrapper on a JDK, tests skipped (CI runs them). ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, in a layer of their own: it is rebuilt only when a pom changes, not on every source edit.
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
COPY migrations/pom.xml migrations/
COPY core/pom.xml core/
COPY adapters/persistence/pom.xml adapters/persistence/
COPY adapters/datasets/pom.xml adapters/datasets/
COPY adapters/runtimes/pom.xml adapters/runtimes/
COPY adapters/charts/pom.xml adapters/charts/
COPY adapters/console/pom.xml adapters/console/
COPY adapters/llm/pom.xml adapters/llm/
COPY adapters/nlp/pom.xml adapters/nlp/
COPY adapters/huggingface/pom.xml adapters/huggingface/
COPY adapters/kaggle/pom.xml adapters/kaggle/
COPY adapters/slack/pom.xml adapters/slack/
COPY adapters/discord/pom.xml adapters/discord/
COPY bot/pom.xml bot/
COPY bench/pom.xml bench/
# mltrainer's own modules are built below, not downloaded: leave them out of go-offline.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp dependency:go-offline -DexcludeGroupIds=io.mltrainer
# Then the sources, and the shaded jar (bot/target/mltrainer.jar).
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -o -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true package -pl bot -am \
    && cp bot/target/mltrainer.jar /mltrainer.jar

# ---- Run: a JRE, the sandbox and the Python stack of the local training runtime. ----
# The same Debian/Ubuntu packages as .ci/run. bwrap needs user namespaces, which Docker's default seccomp/AppArmor
# profiles deny: run with `--security-opt seccomp=unconfined --security-opt apparmor=unconfined` (or a profile
# allowing unshare). Without them chat builds refuse to train locally (terminal builds warn); or train with
# --runtime kaggle|modal.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-sklearn python3-pandas python3-pil pyflakes3 \
       python3-xgboost python3-optuna python3-statsmodels python3-torch \
       bubblewrap curl \
    && rm -rf /var/lib/apt/lists/*
# A user of its own: the service never runs as root.
RUN groupadd --system mltrainer \
    && useradd --system --gid mltrainer --home-dir /data --shell /usr/sbin/nologin mltrainer \
    && mkdir -p /data /app \
    && chown mltrainer:mltrainer /data
COPY --from=build /mltrainer.jar /app/mltrainer.jar
ENV MLTRAINER_HOME=/data \
    MLTRAINER_PYTHON=/usr/bin/python3 \
    MLTRAINER_HTTP_PORT=3000 \
    MLTRAINER_LOG_FORMAT=json
USER mltrainer
VOLUME /data
WORKDIR /data
EXPOSE 3000
# Ready: the database answers and is migrated, and the replica is not draining.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${MLTRAINER_HTTP_PORT}/health/ready" > /dev/null || exit 1
# serve drains on SIGTERM (MLTRAINER_DRAIN_SECONDS, default 20) and exits 0: give it that long to stop
# (`docker stop -t 30`, compose's stop_grace_period, Kubernetes' terminationGracePeriodSeconds).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/mltrainer.jar"]
CMD ["serve"]
