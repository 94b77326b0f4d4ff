package uk.nhs.psirf.platform.error;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.audit.ClientAddress;
import uk.nhs.psirf.platform.security.CurrentUser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Audits refused requests (403 and 401) with what they tried to reach. */
@ApplicationScoped
class RefusalAuditor {
    private static final Logger LOG = Logger.getLogger(RefusalAuditor.class);
    private static final Pattern API_PATH = Pattern.compile("^/api/v1/([^/]+)(?:/([^/]+))?.*$");
    private static final Pattern PLAN_VERSION_PATH = Pattern.compile("^/api/v1/response-plan/versions/([^/]+).*$");
    private static final Pattern RECORD_ID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ClientAddress clientAddress;

    RefusalAuditor(AuditService audit, CurrentUser currentUser, ClientAddress clientAddress) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.clientAddress = clientAddress;
    }

    Uni<Response> denied(String method, String path, String entityType, String entityId, Refusal refusal,
                         Response response) {
        Target target = entityType == null ? Target.of(path) : new Target(entityType, entityId);
        String actor = currentUser.sub();
        String actorName = currentUser.name();
        String from = clientAddress.current();
        return afterRecording(() -> audit.recordRefusal(actor, actorName, AuditAction.DENIED, target.type(),
                target.id(), method + " " + path + " " + refusal.auditSuffix(), from), response);
    }

    /** No identity to name here: the token was missing or not trusted. */
    Uni<Response> unauthenticated(String method, String path, Response response) {
        Target target = Target.of(path);
        String from = clientAddress.current();
        return afterRecording(() -> audit.recordRefusal(CurrentUser.ANONYMOUS, null, AuditAction.UNAUTHENTICATED,
                target.type(), target.id(), method + " " + path, from), response);
    }

    /**
     * Security checks fail on the I/O thread, where no transaction may start, so the row is written on a
     * worker thread. The refusal still reaches the caller if the audit store is down; the log keeps the trace.
     */
    private static Uni<Response> afterRecording(Runnable recording, Response response) {
        return Uni.createFrom().item(() -> {
            try {
                recording.run();
            } catch (RuntimeException e) {
                LOG.error("Could not audit a refused request", e);
            }
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private record Target(String type, String id) {
        static Target of(String path) {
            Matcher matcher = API_PATH.matcher(path == null ? "" : path);
            if (!matcher.matches()) {
                return new Target("endpoint", null);
            }
            String collection = matcher.group(1);
            String id = matcher.group(2);
            return switch (collection) {
                case "events" -> new Target("event", id == null || id.equals("mine") || id.equals("export") ? null : id);
                case "audit" -> new Target("audit-entry", null);
                case "me" -> new Target("user", null);
                case "response-plan" -> {
                    Matcher version = PLAN_VERSION_PATH.matcher(path);
                    yield new Target("response-plan-version", version.matches() ? version.group(1) : null);
                }
                // A record of any other collection is named by its id, so that its audit history shows the refusal
                default -> new Target(collection, id != null && RECORD_ID.matcher(id).matches() ? id : null);
            };
        }
    }
}
