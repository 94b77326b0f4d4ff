package uk.nhs.psirf.coaching.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: "a contract cannot start until both sides have accepted the ground rules". */
class GroundRulesPolicyTest {

    @Test
    void a_contract_cannot_start_until_both_sides_have_accepted_the_ground_rules() {
        CoachingContract contract = Contracts.draft(false);
        Verdict draft = GroundRulesPolicy.mayHoldSession(contract.status());
        assertEquals("not-agreed", draft.fieldCode().value());
        assertEquals(409, draft.code().status());

        contract.accept(Side.COACH, Contracts.CARA);
        assertEquals(ContractStatus.DRAFT, contract.status(), "the coach's acceptance alone agrees nothing");
        assertEquals("not-agreed", GroundRulesPolicy.mayHoldSession(contract.status()).fieldCode().value());

        contract.accept(Side.COACHEE, Contracts.SAM);
        assertEquals(ContractStatus.AGREED, contract.status());
        assertTrue(GroundRulesPolicy.mayHoldSession(contract.status()).isAllowed());
        assertEquals("Sam Staff", contract.acceptedByName(Side.COACHEE));
        assertEquals(Contracts.SAM.at(), contract.acceptedAt(Side.COACHEE));
    }

    @Test
    void each_side_accepts_once_and_only_while_the_contract_is_a_draft() {
        assertEquals("already-accepted",
                GroundRulesPolicy.mayAccept(Side.COACH, true, ContractStatus.DRAFT).fieldCode().value());
        assertEquals("already-accepted",
                GroundRulesPolicy.mayAccept(Side.COACHEE, false, ContractStatus.AGREED).fieldCode().value());
        assertTrue(GroundRulesPolicy.mayAccept(Side.COACHEE, false, ContractStatus.DRAFT).isAllowed());
    }

    @Test
    void no_session_is_held_once_the_contract_has_ended() {
        assertEquals("contract-ended", GroundRulesPolicy.mayHoldSession(ContractStatus.ENDED).fieldCode().value());
    }
}
