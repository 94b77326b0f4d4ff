package uk.nhs.psirf.qiprojects.api;

/** A safety action or improvement plan the project delivers: its reference and status only, never its title (a coach sees no incident data). */
public record LinkView(String kind, String id, String reference, String status) {
}
