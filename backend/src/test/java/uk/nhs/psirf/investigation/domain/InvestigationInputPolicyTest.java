package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §13.1: the timeframe "will be agreed with those affected by the incident as part of setting the terms of
 * reference, provided they are willing and able to be involved"; the policy: "We will use a SEIPS ... or similar
 * systems-based framework"; appendix 4: "Receiving drafts (if applicable)".
 */
class InvestigationInputPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void the_input_of_each_person_affected_is_summarised_unless_they_declined_to_give_any() {
        assertTrue(InvestigationInputPolicy.inputSummarised("affectedInput[0].summary", false, "Wants to know why")
                .isAllowed());
        assertTrue(InvestigationInputPolicy.inputSummarised("affectedInput[0].summary", true, null).isAllowed());
        assertInvalid(InvestigationInputPolicy.inputSummarised("affectedInput[1].summary", false, "  "),
                "affectedInput[1].summary", FieldErrorCode.REQUIRED,
                "Summarise their input, or say that they declined to give any");
    }

    @Test
    void the_chronology_lists_each_entry_once() {
        UUID entry = UUID.randomUUID();
        assertTrue(InvestigationInputPolicy.eachEntryOnce(List.of(entry, UUID.randomUUID())).isAllowed());
        assertInvalid(InvestigationInputPolicy.eachEntryOnce(List.of(entry, entry)), "entries",
                FieldErrorCode.INVALID_VALUE, "Each entry may appear only once");
    }

    @Test
    void accounts_sharings_and_the_sign_off_are_not_dated_in_the_future() {
        assertTrue(InvestigationInputPolicy.notInTheFuture("signedOffOn", TODAY, TODAY).isAllowed());
        assertInvalid(InvestigationInputPolicy.notInTheFuture("accounts[2].takenOn", TODAY.plusDays(1), TODAY),
                "accounts[2].takenOn", FieldErrorCode.IN_THE_FUTURE, "The date cannot be in the future");
    }

    @Test
    void a_contributory_factor_sits_in_a_part_of_the_seips_work_system() {
        assertTrue(InvestigationInputPolicy.inWorkSystem("factors[0].category",
                Optional.of(SeipsCategory.values()[0])).isAllowed());
        assertInvalid(InvestigationInputPolicy.inWorkSystem("factors[0].category", Optional.empty()),
                "factors[0].category", FieldErrorCode.UNKNOWN_CODE, "Select a part of the work system");
    }

    @Test
    void the_draft_is_shared_with_someone_affected_or_a_reason_is_given_never_both() {
        assertTrue(InvestigationInputPolicy.sharedWithSomeoneAffected("sharings[0].relationship",
                Optional.of(Relationship.values()[0])).isAllowed());
        assertInvalid(InvestigationInputPolicy.sharedWithSomeoneAffected("sharings[0].relationship",
                Optional.empty()), "sharings[0].relationship", FieldErrorCode.UNKNOWN_CODE,
                "Select patient, family, carer or staff");
        assertTrue(InvestigationInputPolicy.reasonOnlyWhenNotShared(false, "Family asked not to").isAllowed());
        assertTrue(InvestigationInputPolicy.reasonOnlyWhenNotShared(true, null).isAllowed());
        assertInvalid(InvestigationInputPolicy.reasonOnlyWhenNotShared(true, "Family asked not to"),
                "notSharedReason", FieldErrorCode.REASON_OR_SHARING, "Leave the reason empty: the draft was shared");
    }

    private static void assertInvalid(Verdict verdict, String field, FieldErrorCode code, String reason) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals(field, verdict.field());
        assertEquals(code, verdict.fieldCode());
        assertEquals(reason, verdict.reason());
    }
}
