# One image recipe for the three services: docker-compose.yml builds it with SERVICE set to each.
# Multi-stage: the build runs in the image, so `docker compose up --build` needs nothing prepared by hand.
FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /build
COPY . .
RUN mvn -B -q -pl "${SERVICE}" -am package -DskipTests

FROM eclipse-temurin:21-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /build/${SERVICE}/target/quarkus-app/ /app/
# curl for the compose healthchecks
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 185 newswire && mkdir -p /app/state && chown 185 /app/state
USER 185
# A fallback: docker-compose.yml gives each service the heap and collector ./pipeline gives it.
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
