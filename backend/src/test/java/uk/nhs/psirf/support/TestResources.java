package uk.nhs.psirf.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The test resources, declared once so that every @QuarkusTest shares one Quarkus boot,
 * one PostgreSQL and one mock OIDC server.
 */
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(TestSpaFolder.class)
public final class TestResources {
    private TestResources() {
    }
}
