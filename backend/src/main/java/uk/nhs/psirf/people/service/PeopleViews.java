package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.ProgrammeAttendance;
import uk.nhs.psirf.people.api.CpdEntryView;
import uk.nhs.psirf.people.api.MissingRequirement;
import uk.nhs.psirf.people.api.PersonView;
import uk.nhs.psirf.people.api.Qualification;
import uk.nhs.psirf.people.api.TrainingRecordView;
import uk.nhs.psirf.people.api.TrainingSummary;
import uk.nhs.psirf.people.api.YearCount;
import uk.nhs.psirf.people.domain.CpdEntry;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.Training;
import uk.nhs.psirf.people.domain.TrainingRecord;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.domain.TrainingRoleCodes;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class PeopleViews {
    private final ProgrammeAttendance programmeAttendance;

    public PeopleViews(ProgrammeAttendance programmeAttendance) {
        this.programmeAttendance = programmeAttendance;
    }

    public PersonView person(Person person, TrainingRecord record, BigDecimal cpdHours) {
        Training training = record == null ? Training.NONE : record.training();
        return new PersonView(person.id(), person.version(), person.name(), person.email(), person.jobRole(),
                person.active(), new TrainingSummary(training.level1CompletedOn(), training.level2CompletedOn(),
                training.learningFromIncidentsDays(), training.engagementTrainingHours(),
                training.oversightTrainingDays(), cpdHours == null ? BigDecimal.ZERO : cpdHours),
                qualifications(training));
    }

    public TrainingRecordView record(Person person, TrainingRecord record, List<CpdEntry> cpd, List<YearCount> years) {
        Training training = record == null ? Training.NONE : record.training();
        return new TrainingRecordView(person.id(), person.name(), record == null ? 0 : record.version(),
                training.level1CompletedOn(), training.level2CompletedOn(), training.learningFromIncidentsDays(),
                training.engagementTrainingHours(), training.oversightTrainingDays(),
                cpd.stream().map(c -> new CpdEntryView(c.id(), c.completedOn(), c.title(), c.hours())).toList(),
                qualifications(training), years, programmeAttendance.attended(person.id()));
    }

    public static List<Qualification> qualifications(Training training) {
        return Arrays.stream(TrainingRole.values()).map(role -> qualification(role, training)).toList();
    }

    private static Qualification qualification(TrainingRole role, Training training) {
        List<MissingRequirement> missing = role.gaps(training).stream()
                .map(gap -> new MissingRequirement(gap.code(), gap.message())).toList();
        return new Qualification(TrainingRoleCodes.code(role), capitalised(role.description()), missing.isEmpty(),
                missing);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
