package uk.nhs.psirf.coaching.domain;

/**
 * The ground rules of the coaching contract (004_*, "Ground Rules"), in its words. Both sides accept them all at
 * once; the text is kept here so that what was accepted is what the product shows.
 */
public enum GroundRule {
    CONFIDENTIALITY("confidentiality", "Confidentiality",
            "Although the coach will not normally take what is discussed outside the sessions, where illegal, "
                    + "unprofessional or unethical practice is disclosed, this may be necessary. The team would in the "
                    + "first instance be encouraged to self-report."),
    CODE("code", "Code", "We agree to abide by Code of Professional Conduct."),
    RESPECT("respect", "Respect", "We agree to show respect and loyalty to one another."),
    PUNCTUALITY("punctuality", "Punctuality", "We agree to be punctual."),
    ACCOUNTABILITY("accountability", "Accountability", "The coachee is accountable for their own practice."),
    RESPONSIBILITIES("responsibilities", "Responsibilities",
            "The coaches are responsible for taking forward action points agreed at the session."),
    NOTE_TAKING("note-taking", "Note-taking",
            "The coach will keep brief notes for the sole purpose of the coaching sessions."),
    CANCELLATIONS("cancellations", "Cancellations",
            "We agree to give notice of our non-attendance in advance, quickly rearranging the session.");

    private final String code;
    private final String title;
    private final String text;

    GroundRule(String code, String title, String text) {
        this.code = code;
        this.title = title;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
