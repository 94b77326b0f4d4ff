package uk.nhs.psirf.decision.api;

public record PanelMemberView(String name, String role, boolean chair) {
}
