# One image for ingest, enrich and aggregate (the command picks the app). Built by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl cli -am

FROM eclipse-temurin:17-jre
# curl for the health checks (docker-compose.yml): they read the status line of /health.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/cli/target/newswire-cli.jar /app/newswire-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
ENTRYPOINT ["java", "-cp", "/app/newswire-cli.jar:/app/lib/*", "io.newswire.cli.Newswire"]
