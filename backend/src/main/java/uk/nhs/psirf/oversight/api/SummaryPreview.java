package uk.nhs.psirf.oversight.api;

import java.util.List;

/** A summary for oversight as partners will see it, each withheld span and the words that may be unknown names. */
public record SummaryPreview(String text, List<WithheldSpan> withheld, List<NameWarning> warnings) {

    /** A withheld span, where "[withheld]" stands in the text and where the withheld words stood as written. */
    public record WithheldSpan(String kind, int start, int end, int writtenStart, int writtenEnd) {
    }

    /** A capitalised word, not at a sentence's start and not a common word: perhaps a name the system does not know. */
    public record NameWarning(String word, int offset) {
    }
}
