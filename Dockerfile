# Builds and runs Homebound; docker-compose.yml runs it against PostgreSQL and Mailpit.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/homebound-*.jar homebound.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "homebound.jar"]
