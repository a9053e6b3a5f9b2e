# syntax=docker/dockerfile:1

# Build: the Maven wrapper on a JDK, tests skipped (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true package -pl bot -am

# Run: a JRE plus Debian/Ubuntu's Python stack for the local training runtime, and bubblewrap, the sandbox that
# generated code runs in. bwrap needs user namespaces, which Docker's default seccomp/AppArmor profiles deny: run with
# `--security-opt seccomp=unconfined --security-opt apparmor=unconfined` (or a profile allowing unshare). Without
# them chat builds refuse to train locally (terminal builds warn); or train with --runtime kaggle|modal.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-sklearn python3-pandas python3-pil pyflakes3 \
       python3-xgboost python3-optuna python3-statsmodels \
       bubblewrap \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/bot/target/mltrainer.jar /app/mltrainer.jar
ENV MLTRAINER_HOME=/data MLTRAINER_PYTHON=/usr/bin/python3
VOLUME /data
WORKDIR /data
ENTRYPOINT ["java", "-jar", "/app/mltrainer.jar"]
