package uk.nhs.psirf.engagement.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static uk.nhs.psirf.engagement.domain.Audience.SERVICE_USERS;
import static uk.nhs.psirf.engagement.domain.Audience.STAFF;
import static uk.nhs.psirf.engagement.domain.ContactStage.CLOSING;
import static uk.nhs.psirf.engagement.domain.ContactStage.INITIAL;
import static uk.nhs.psirf.engagement.domain.ContactStage.ONGOING;

/**
 * The contact checklists of policy Appendix 4 (service users) and Appendix 5 (staff), item by item as the policy
 * words them. The policy lays the headings out as a diagram; "Throughout the process" (service users) is placed in
 * the ongoing contacts and the first "Support" heading (staff) in the initial contacts, where their wording fits.
 */
public enum ChecklistItem {
    // Appendix 4, initial contacts
    SU_INITIAL_AGREED_TYPE(SERVICE_USERS, INITIAL, "Before initiating contact", "Learning response type will have been agreed following discussion with subject matter experts"),
    SU_INITIAL_AGREED_VOICE(SERVICE_USERS, INITIAL, "Before initiating contact", "Who will be involved to best act as the service user voice will have been agreed e.g., service user where appropriate, member of wider family or advocate (e.g., PSP)"),
    SU_INITIAL_VERBAL_APOLOGY(SERVICE_USERS, INITIAL, "Before initiating contact", "Have provided at least the verbal apology as a minimum response for Duty of Candour"),
    SU_INITIAL_INTRODUCE_SELF(SERVICE_USERS, INITIAL, "Introductions", "Introduce self and share contact details. Set up a suitable time for initial contact meeting"),
    SU_INITIAL_ACCESS_NEEDS(SERVICE_USERS, INITIAL, "Introductions", "Explore any support / access needs"),
    SU_INITIAL_CONTACT_METHODS(SERVICE_USERS, INITIAL, "Introductions", "Agree preferred methods of contact"),
    SU_INITIAL_FREQUENCY(SERVICE_USERS, INITIAL, "Introductions", "Agree frequency of contact, plan, and dates"),
    SU_INITIAL_QUESTIONS(SERVICE_USERS, INITIAL, "Introductions", "Discuss service user’s questions"),
    SU_INITIAL_WHY(SERVICE_USERS, INITIAL, "The incident and process", "Discuss why a learning response is being undertaken, what has been done, what is planned"),
    SU_INITIAL_ADDRESS_QUESTIONS(SERVICE_USERS, INITIAL, "The incident and process", "Address questions or queries and key points they raise"),
    SU_INITIAL_REFERENCE_PEOPLE(SERVICE_USERS, INITIAL, "The incident and process", "Agree how to reference people in the review paperwork"),
    SU_INITIAL_PURPOSE(SERVICE_USERS, INITIAL, "Involvement", "Discuss the purpose and intended outcomes"),
    SU_INITIAL_LEVEL_OF_INVOLVEMENT(SERVICE_USERS, INITIAL, "Involvement", "Agree level of involvement wanted: Terms of reference; Sharing experiences; Findings; Draft / final report / record"),
    // Appendix 4, ongoing contacts
    SU_ONGOING_SUPPORT_NEEDS(SERVICE_USERS, ONGOING, "Throughout the process", "Explore support needs and signpost to appropriate resources"),
    SU_ONGOING_CONTACT_SCHEDULE(SERVICE_USERS, ONGOING, "Throughout the process", "Keep to the agreed contact schedule, agree next date of contact, make note of any dates to avoid"),
    SU_ONGOING_LEVEL_OF_INVOLVEMENT(SERVICE_USERS, ONGOING, "Throughout the process", "Explore level of involvement (more of less preferred), any alternative or augmentative language support needed and expectations"),
    SU_ONGOING_TOR_MEANING(SERVICE_USERS, ONGOING, "Terms of Reference", "Explain what the term “terms of reference” (ToR) means"),
    SU_ONGOING_TOR_DECIDED(SERVICE_USERS, ONGOING, "Terms of Reference", "Discuss how the ToR were decided"),
    SU_ONGOING_TOR_ADDRESSING(SERVICE_USERS, ONGOING, "Terms of Reference", "Explains what they are addressing"),
    SU_ONGOING_TOR_ADDITIONAL(SERVICE_USERS, ONGOING, "Terms of Reference", "Explore additional ToR from the individual"),
    SU_ONGOING_TOR_QUESTIONS(SERVICE_USERS, ONGOING, "Terms of Reference", "Explore any questions or queries from the individual"),
    SU_ONGOING_SOMEONE_WITH_THEM(SERVICE_USERS, ONGOING, "Sharing experiences", "Explore whether the person needs someone with them for support"),
    SU_ONGOING_HOW_TO_SHARE(SERVICE_USERS, ONGOING, "Sharing experiences", "Explore how the person would like to share their experience"),
    SU_ONGOING_WHO_ELSE_SHARES(SERVICE_USERS, ONGOING, "Sharing experiences", "Discuss who else will / has shared their experience as part of the process"),
    SU_ONGOING_HOW_USED(SERVICE_USERS, ONGOING, "Sharing experiences", "Discuss how the information will be used"),
    SU_ONGOING_DRAFT_HOW_RECEIVED(SERVICE_USERS, ONGOING, "Receiving drafts (if applicable)", "Explore how the person wants to receive the information"),
    SU_ONGOING_DRAFT_HOW_COMMENT(SERVICE_USERS, ONGOING, "Receiving drafts (if applicable)", "Discuss how the person can provide comment"),
    SU_ONGOING_DRAFT_COMMENTS_USED(SERVICE_USERS, ONGOING, "Receiving drafts (if applicable)", "Discuss how their comments might be used"),
    SU_ONGOING_DRAFT_TO_FINAL(SERVICE_USERS, ONGOING, "Receiving drafts (if applicable)", "Discuss what happens between the draft and the final report / record"),
    // Appendix 4, closing contacts
    SU_CLOSING_FINAL_FORMAT(SERVICE_USERS, CLOSING, "Final report / record", "Explore in what format the individual would like the final version"),
    SU_CLOSING_FINAL_QUESTIONS(SERVICE_USERS, CLOSING, "Final report / record", "Address questions the person has, or any queries"),
    SU_CLOSING_TRUST_USE(SERVICE_USERS, CLOSING, "Final report / record", "Discuss how the Trust will use the information"),
    SU_CLOSING_FURTHER_WHAT(SERVICE_USERS, CLOSING, "Other / further involvement", "Explore what further involvement could look like"),
    SU_CLOSING_FURTHER_WHO(SERVICE_USERS, CLOSING, "Other / further involvement", "Explore who further involvement might be with"),
    SU_CLOSING_FURTHER_HOW_LONG(SERVICE_USERS, CLOSING, "Other / further involvement", "Explore how long further involvement could continue"),
    SU_CLOSING_FURTHER_EXPECTATIONS(SERVICE_USERS, CLOSING, "Other / further involvement", "Explore expectations"),
    SU_CLOSING_THANK(SERVICE_USERS, CLOSING, "Formal end of the process", "Thank the individual for their involvement"),
    SU_CLOSING_NOT_INVOLVED_UPDATE(SERVICE_USERS, CLOSING, "Formal end of the process", "If they opted not to be involved, update them that the process has ended"),
    SU_CLOSING_COMMITMENT(SERVICE_USERS, CLOSING, "Formal end of the process", "Discuss the Trust’s commitment to learn and improve"),
    SU_CLOSING_APOLOGY(SERVICE_USERS, CLOSING, "Formal end of the process", "Offer another meaningful apology"),
    // Appendix 5, initial contacts
    STAFF_INITIAL_AGREED(STAFF, INITIAL, "Before initiating contact", "Learning response will have been agreed during patient safety discussion meeting with subject matter experts"),
    STAFF_INITIAL_INFORMED(STAFF, INITIAL, "Before initiating contact", "Staff member will have been informed that a learning response is being undertaken by line manager, explaining the process is about learning and not blame"),
    STAFF_INITIAL_CONTACT_DETAILS(STAFF, INITIAL, "Introductions", "Share contact details"),
    STAFF_INITIAL_SUPPORT_IDENTIFIED(STAFF, INITIAL, "Introductions", "Explore any support identified and previous experiences"),
    STAFF_INITIAL_CONTACT_METHOD(STAFF, INITIAL, "Introductions", "Agree best method of contact, plan, and dates"),
    STAFF_INITIAL_NOT_BLAME(STAFF, INITIAL, "Introductions", "Discuss the aim being improvement and learning, rather than blame"),
    STAFF_INITIAL_SOMEONE_PRESENT(STAFF, INITIAL, "Introductions", "Ask staff member if they would like someone present with them"),
    STAFF_INITIAL_WHY(STAFF, INITIAL, "The incident", "Explain why a learning response is being undertaken"),
    STAFF_INITIAL_DONE_PLANNED(STAFF, INITIAL, "The incident", "Discuss what has been done so far, and what is planned"),
    STAFF_INITIAL_EXPECTATIONS(STAFF, INITIAL, "The incident", "Manage and address staff member’s expectations"),
    STAFF_INITIAL_QUESTIONS(STAFF, INITIAL, "The incident", "Address questions / queries from staff member and check understanding"),
    STAFF_INITIAL_PROCESS(STAFF, INITIAL, "The process", "Discuss the process of the learning response and where staff involvement is needed: Terms of reference; Chronology; Sharing experiences; Meetings; Draft / final report / record"),
    STAFF_INITIAL_LINE_MANAGER_SUPPORT(STAFF, INITIAL, "Support", "Explore with line manager what immediate support and signposting has been identified and provided"),
    STAFF_INITIAL_SUPPORT_CHANGES(STAFF, INITIAL, "Support", "Consider whether support needs change during the process"),
    STAFF_INITIAL_ACCESSIBLE_LANGUAGE(STAFF, INITIAL, "Support", "Ensure language used is accessible so there is a shared understanding or what is being discussed"),
    // Appendix 5, ongoing contacts
    STAFF_ONGOING_TOR_WHAT(STAFF, ONGOING, "Terms of Reference", "Discuss what they are and how the terms of reference were decided"),
    STAFF_ONGOING_TOR_ADDRESSING(STAFF, ONGOING, "Terms of Reference", "Discuss what they are addressing"),
    STAFF_ONGOING_TOR_QUESTIONS(STAFF, ONGOING, "Terms of Reference", "Explore any questions the member of staff has"),
    STAFF_ONGOING_FEELING(STAFF, ONGOING, "Sharing experiences", "Explore how the member of staff is feeling"),
    STAFF_ONGOING_HOW_USED(STAFF, ONGOING, "Sharing experiences", "Discuss how the information will be used"),
    STAFF_ONGOING_WHO_ELSE_SHARES(STAFF, ONGOING, "Sharing experiences", "Discuss who else has / will share their experience"),
    STAFF_ONGOING_DRAFT_WANTED(STAFF, ONGOING, "Receiving drafts (if applicable)", "Asks if staff member wants the draft and then arrange to discuss it in person"),
    STAFF_ONGOING_DRAFT_COMMENTS(STAFF, ONGOING, "Receiving drafts (if applicable)", "Discuss how the staff member can provide comments and how their comments might be used"),
    STAFF_ONGOING_DRAFT_TO_FINAL(STAFF, ONGOING, "Receiving drafts (if applicable)", "Discuss what happens between the draft and final report / record"),
    // Appendix 5, closing contacts
    STAFF_CLOSING_FINAL_WANTED(STAFF, CLOSING, "Final report / record", "Explore whether the staff member would like the final report and how"),
    STAFF_CLOSING_FINAL_QUESTIONS(STAFF, CLOSING, "Final report / record", "Address questions from the staff member"),
    STAFF_CLOSING_TRUST_USE(STAFF, CLOSING, "Final report / record", "Explain how the Trust will use the information"),
    STAFF_CLOSING_THANK(STAFF, CLOSING, "Formal end of the process", "Thank the staff member for their involvement"),
    STAFF_CLOSING_NEXT(STAFF, CLOSING, "Formal end of the process", "Discuss what happens next and any possible further involvement"),
    STAFF_CLOSING_JUST_CULTURE(STAFF, CLOSING, "Formal end of the process", "Reiterate the Trust’s commitment to a just and learning culture, ensuring learning and improvement rather than blame"),
    STAFF_CLOSING_FEELING_NOW(STAFF, CLOSING, "Support", "Explore how the staff member is feeling now"),
    STAFF_CLOSING_SUPPORT_NEEDED(STAFF, CLOSING, "Support", "Explore if they need any support and if so, what"),
    STAFF_CLOSING_EXPERIENCE(STAFF, CLOSING, "Support", "Discuss how the experience has been for them"),
    STAFF_CLOSING_LINE_MANAGER(STAFF, CLOSING, "Support", "Link with line manager regarding any support identified");

    private final Audience audience;
    private final ContactStage stage;
    private final String section;
    private final String text;

    ChecklistItem(Audience audience, ContactStage stage, String section, String text) {
        this.audience = audience;
        this.stage = stage;
        this.section = section;
        this.text = text;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Audience audience() {
        return audience;
    }

    public ContactStage stage() {
        return stage;
    }

    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    /** The checklist of one contact, in the policy's order. */
    public static List<ChecklistItem> of(Audience audience, ContactStage stage) {
        return Arrays.stream(values()).filter(i -> i.audience == audience && i.stage == stage).toList();
    }

    public static Optional<ChecklistItem> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code().equals(code)).findFirst();
    }
}
