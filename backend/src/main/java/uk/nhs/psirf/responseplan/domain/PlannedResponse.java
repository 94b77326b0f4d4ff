package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.kernel.ResponseType;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a plan: an issue or category and the response planned for it, with why and the improvement it feeds. */
@Embeddable
public class PlannedResponse {
    public enum Source {
        NATIONAL("national"), LOCAL("local");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Column(nullable = false, length = 20)
    private String source;

    @Column(length = 300)
    private String issue;

    @Column(name = "category_code", length = 50)
    private String categoryCode;

    @Column(name = "response_type", nullable = false, length = 40)
    private String responseType;

    @Column(length = 2000)
    private String rationale;

    @Column(name = "improvement_link", length = 500)
    private String improvementLink;

    protected PlannedResponse() {
    }

    public PlannedResponse(Source source, String issue, String categoryCode, ResponseType responseType,
                           String rationale, String improvementLink) {
        this.source = source.code();
        this.issue = issue;
        this.categoryCode = categoryCode;
        this.responseType = responseType.code();
        this.rationale = rationale;
        this.improvementLink = improvementLink;
    }

    public boolean isNational() {
        return Source.NATIONAL.code().equals(source);
    }

    public String issue() {
        return issue;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public ResponseType responseType() {
        return ResponseType.fromCode(responseType).orElseThrow();
    }

    public String rationale() {
        return rationale;
    }

    public String improvementLink() {
        return improvementLink;
    }
}
