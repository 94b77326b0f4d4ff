package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.api.SafetyActionProgressView;
import uk.nhs.psirf.safetyactions.api.SafetyActionReviewView;
import uk.nhs.psirf.safetyactions.api.SafetyActionSummary;
import uk.nhs.psirf.safetyactions.api.SafetyActionView;
import uk.nhs.psirf.safetyactions.domain.OverduePolicy;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.domain.SafetyActionProgress;
import uk.nhs.psirf.safetyactions.domain.SafetyActionReview;
import uk.nhs.psirf.safetyactions.persistence.ActionLinks;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Actions as the API shows them; the references and names they point at are read for a whole list at once. */
@ApplicationScoped
public class SafetyActionViews {
    private final ActionLinks links;
    private final Clock clock;

    public SafetyActionViews(ActionLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    public LocalDate today() {
        return Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
    }

    public List<SafetyActionSummary> summaries(List<SafetyAction> actions) {
        Map<UUID, String> responses = links.responseReferences(actions.stream().map(SafetyAction::responseId).toList());
        Map<UUID, String> plans = links.planReferences(actions.stream().map(SafetyAction::planId).toList());
        Map<UUID, String> owners = links.personNames(actions.stream().map(SafetyAction::ownerPersonId).toList());
        LocalDate today = today();
        return actions.stream().map(a -> summary(a, responses, plans, owners, today)).toList();
    }

    public SafetyActionView detail(SafetyAction action, boolean mayManage, List<SafetyActionProgress> progress,
                                   List<SafetyActionReview> reviews) {
        return new SafetyActionView(summaries(List.of(action)).get(0), action.version(), action.description(),
                action.measures(), action.agreedAt(), action.agreedByName(), action.createdAt(),
                action.lastChange().at(), action.lastChange().byName(), mayManage,
                progress.stream().map(SafetyActionViews::progress).toList(),
                reviews.stream().map(SafetyActionViews::review).toList());
    }

    private static SafetyActionSummary summary(SafetyAction a, Map<UUID, String> responses, Map<UUID, String> plans,
                                               Map<UUID, String> owners, LocalDate today) {
        return new SafetyActionSummary(a.id().toString(), a.reference(), a.title(), a.status().code(),
                a.source().code(), text(a.responseId()), responses.get(a.responseId()), a.theme(), text(a.planId()),
                plans.get(a.planId()), text(a.ownerPersonId()), owners.get(a.ownerPersonId()), a.dueOn(),
                OverduePolicy.isOverdue(a.status(), a.dueOn(), today),
                a.effectiveness() == null ? null : a.effectiveness().code(), a.nextReviewOn(),
                OverduePolicy.isReviewDue(a.status(), a.nextReviewOn(), today));
    }

    private static SafetyActionProgressView progress(SafetyActionProgress p) {
        return new SafetyActionProgressView(p.id().toString(), p.at(), p.byName(), p.note(), p.status().code());
    }

    private static SafetyActionReviewView review(SafetyActionReview r) {
        return new SafetyActionReviewView(r.id().toString(), r.reviewedOn(), r.outcome().code(), r.evidence(),
                r.nextReviewOn(), r.byName(), r.at());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
