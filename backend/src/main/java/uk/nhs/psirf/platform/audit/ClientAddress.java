package uk.nhs.psirf.platform.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Where the request came from. Vert.x already applies X-Forwarded-For when (and only when)
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on, so a client cannot forge its address otherwise.
 */
@ApplicationScoped
public class ClientAddress {
    private final Instance<CurrentVertxRequest> request;

    public ClientAddress(Instance<CurrentVertxRequest> request) {
        this.request = request;
    }

    public String current() {
        try {
            RoutingContext context = request.get().getCurrent();
            if (context == null) {
                return null;
            }
            SocketAddress address = context.request().remoteAddress();
            return address == null ? null : address.hostAddress();
        } catch (RuntimeException noActiveRequest) {
            return null;
        }
    }
}
