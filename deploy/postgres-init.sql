-- Runs once, when the PostgreSQL volume is initialised: Keycloak gets its own database.
CREATE DATABASE keycloak;
