# Backend image from the Quarkus fast-jar. Build the jar first: make backend
# (mvn -f backend package -DskipTests), then: docker compose build backend
FROM eclipse-temurin:17-jre
WORKDIR /deployments
COPY --chown=185 backend/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 backend/target/quarkus-app/*.jar /deployments/
COPY --chown=185 backend/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 backend/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
