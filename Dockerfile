# One image for ingest, enrich and aggregate (the command picks the app). Built by docker-compose.yml.
# The dashboard page is built with Node.js first; Maven then packages it (dashboard.npm.skip) with the apps.
FROM node:22-bookworm-slim AS page
WORKDIR /src/dashboard
COPY dashboard/package.json dashboard/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY dashboard/ ./
RUN npm run build

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
COPY --from=page /src/dashboard/target/classes /src/dashboard/target/classes
RUN mvn -B -q -DskipTests -Ddashboard.npm.skip=true package -pl cli -am

FROM eclipse-temurin:17-jre
# curl for the health checks (docker-compose.yml): they read the status line of /health.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/cli/target/newswire-cli.jar /app/newswire-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
ENTRYPOINT ["java", "-cp", "/app/newswire-cli.jar:/app/lib/*", "io.newswire.cli.Newswire"]
