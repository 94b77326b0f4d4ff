package uk.nhs.psirf.staffsupport.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MyStaffSupportPoliciesTest {
    private static final UUID LINE_MANAGER = UUID.randomUUID();
    private static final UUID REVIEWER = UUID.randomUUID();

    @Test
    void the_callers_part_is_line_manager_reviewer_both_or_none_by_their_person_record() {
        assertEquals(List.of(SupporterPart.LINE_MANAGER),
                SupporterPartPolicy.partsOf(Optional.of(LINE_MANAGER), LINE_MANAGER, REVIEWER));
        assertEquals(List.of(SupporterPart.REVIEWER),
                SupporterPartPolicy.partsOf(Optional.of(REVIEWER), LINE_MANAGER, REVIEWER));
        assertEquals(List.of(SupporterPart.LINE_MANAGER, SupporterPart.REVIEWER),
                SupporterPartPolicy.partsOf(Optional.of(LINE_MANAGER), LINE_MANAGER, LINE_MANAGER));
        assertEquals(List.of(), SupporterPartPolicy.partsOf(Optional.of(UUID.randomUUID()), LINE_MANAGER, REVIEWER));
        assertEquals(List.of(), SupporterPartPolicy.partsOf(Optional.empty(), LINE_MANAGER, null));
    }

    @Test
    void the_next_step_is_the_first_step_of_the_flow_without_a_date_done_a_note_alone_not_counting() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertEquals(Optional.of(SupportStep.INCIDENT_OCCURS), NextSupportStepPolicy.next(List.of()));
        assertEquals(Optional.of(SupportStep.IMMEDIATE_NEEDS), NextSupportStepPolicy.next(List.of(
                new SupportStepRecord(SupportStep.INCIDENT_OCCURS, day, null),
                new SupportStepRecord(SupportStep.IMMEDIATE_NEEDS, null, "Not yet asked"),
                new SupportStepRecord(SupportStep.HR_ASSESSED, day, null))));
    }

    @Test
    void once_every_step_is_done_there_is_no_next_step() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertEquals(Optional.empty(), NextSupportStepPolicy.next(java.util.Arrays.stream(SupportStep.values())
                .map(s -> new SupportStepRecord(s, day, null)).toList()));
    }
}
