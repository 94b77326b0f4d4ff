package uk.nhs.psirf.staffsupport.domain;

import java.util.List;
import java.util.UUID;

/** What is recorded about the support of one member of staff, checked. */
public record SupportDetails(String staffName, String staffRole, UUID lineManagerPersonId, String lineManagerName,
                             UUID reviewerPersonId, String reviewerName, String signposting, boolean hrContacted,
                             List<SupportStepRecord> steps) {
}
