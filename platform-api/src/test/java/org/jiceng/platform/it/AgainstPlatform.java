package org.jiceng.platform.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every integration test class shares: the shared environment (PostgreSQL, Keycloak, the alpha and beta
 * tenants) and the platform WAR deployed on Payara Micro, reachable at {@link #deployed}.
 */
@ExtendWith(PlatformEnvironment.class)
@ExtendWith(ArquillianExtension.class)
abstract class AgainstPlatform {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformEnvironment.war();
    }

    @ArquillianResource
    URL deployed;
}
