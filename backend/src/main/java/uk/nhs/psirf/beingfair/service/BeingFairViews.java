package uk.nhs.psirf.beingfair.service;

import uk.nhs.psirf.beingfair.api.AnswerView;
import uk.nhs.psirf.beingfair.api.BeingFairSummary;
import uk.nhs.psirf.beingfair.api.BeingFairView;
import uk.nhs.psirf.beingfair.api.ConsiderationsView;
import uk.nhs.psirf.beingfair.api.OutcomeView;
import uk.nhs.psirf.beingfair.api.QuestionView;
import uk.nhs.psirf.beingfair.api.ToolUserView;
import uk.nhs.psirf.beingfair.api.ToolVersionView;
import uk.nhs.psirf.beingfair.domain.BeingFair;
import uk.nhs.psirf.beingfair.domain.BeingFairPath;
import uk.nhs.psirf.beingfair.domain.BeingFairRound;
import uk.nhs.psirf.beingfair.domain.Outcome;
import uk.nhs.psirf.beingfair.domain.Question;
import uk.nhs.psirf.beingfair.domain.RecordedAnswer;

import java.util.List;

/** Builds the views of a record of the tool, with the tool's own words for its questions and ends. */
final class BeingFairViews {
    static final String NEXT_JOIN = "join";
    static final String NEXT_CONSIDERATIONS = "considerations";
    static final String NEXT_QUESTION = "question";
    static final String NEXT_ENDED = "ended";

    private BeingFairViews() {
    }

    static BeingFairView view(BeingFair record, String responseReference, String jointPersonName,
                              List<BeingFairRound> rounds, boolean mayJoin, boolean mayAnswer) {
        ToolUserView opener = new ToolUserView(record.openerSub(), record.openerName(), record.openerRole(),
                record.openedAt(), null);
        ToolUserView joint = new ToolUserView(record.jointSub(),
                record.joined() && record.jointName() != null ? record.jointName() : jointPersonName,
                record.jointRole(), record.joinedAt(), record.jointPersonId().toString());
        return new BeingFairView(record.id().toString(), record.version(), record.responseId().toString(),
                responseReference, record.staffName(), record.staffJobRole(), opener, joint, record.joined(), mayJoin,
                mayAnswer, version(record, rounds.get(0)),
                rounds.stream().skip(1).map(r -> version(record, r)).toList(), record.updatedAt());
    }

    static BeingFairSummary summary(BeingFair record, String responseReference, String jointPersonName,
                                    BeingFairRound current) {
        Outcome outcome = current.outcome();
        return new BeingFairSummary(record.id().toString(), record.responseId().toString(), responseReference,
                record.staffName(), record.staffJobRole(), record.openerName(),
                record.joined() && record.jointName() != null ? record.jointName() : jointPersonName, record.joined(),
                current.number(), outcome == null ? null : outcome.code(), outcome == null ? null : outcome.action(),
                record.updatedAt());
    }

    static ToolVersionView version(BeingFair record, BeingFairRound round) {
        BeingFairPath.Position position = round.position();
        String next;
        if (position.ended()) {
            next = NEXT_ENDED;
        } else if (!record.joined()) {
            next = NEXT_JOIN;
        } else if (!round.considered()) {
            next = NEXT_CONSIDERATIONS;
        } else {
            next = NEXT_QUESTION;
        }
        ConsiderationsView considerations = round.considered() ? new ConsiderationsView(round.whoIsHurt(),
                round.whatTheyNeed(), round.whoseResponsibility(), round.consideredAt()) : null;
        Outcome outcome = round.outcome();
        return new ToolVersionView(round.number(), round.startedAt(), round.startedByName(), considerations,
                round.answers().stream().map(BeingFairViews::answer).toList(), next,
                position.ended() ? null : question(position.next()),
                outcome == null ? null : new OutcomeView(outcome.code(), outcome.action(), outcome.points(),
                        Outcome.REVISIT, round.endedAt()));
    }

    static QuestionView question(Question question) {
        return new QuestionView(question.id(), question.section().heading(), question.text(), question.guidance(),
                question.options().stream().map(o -> new QuestionView.OptionView(o.answer().code(), o.label()))
                        .toList());
    }

    private static AnswerView answer(RecordedAnswer answer) {
        Question question = answer.question();
        String label = question.options().stream().filter(o -> o.answer() == answer.answer())
                .map(Question.Option::label).findFirst().orElse(answer.answer().code());
        return new AnswerView(question.id(), question.section().heading(), question.text(), answer.answer().code(),
                label, answer.answeredByName(), answer.answeredAt());
    }
}
