package uk.nhs.psirf.oversight.api;

import java.util.List;

public record ResponseCounts(int events, long findings, List<CountView> contributoryFactors, long contacts,
                             List<CountView> safetyActionsByStatus) {
}
