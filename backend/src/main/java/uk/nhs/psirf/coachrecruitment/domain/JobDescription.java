package uk.nhs.psirf.coachrecruitment.domain;

import java.util.List;

/**
 * The job description of a QI coach with lived experience (000_* Appendix 2), kept in the product so that the
 * candidate is given the same text (000_* §4 a) and the fixed terms of the role are shown beside the appointment.
 */
public final class JobDescription {
    public static final String TITLE = "Quality Improvement Coach with lived experience";
    public static final String BAND = "4";
    public static final String CONTRACT = "Bank on a sessional basis";
    public static final double HOURS_PER_WEEK = 7.5;
    public static final String HOURS = "7.5 hours per week (It is the responsibility of the applicant to check their"
            + " eligibility for employment and to understand how this will impact on benefit entitlement during the"
            + " period of employment by liaising with the Dept of Work and Pensions as needed prior to application).";
    public static final String DIRECTORATE = "To be determined";
    public static final String REPORTING_TO = "To be determined by Project Sponsor";
    public static final String ACCOUNTABLE_TO = "Project Sponsor";
    public static final String KEY_RELATIONSHIPS = "Quality Improvement department; People Participation department;"
            + " clinical directorate staff and Improvement Advisors; service users and carers";

    public static final List<String> SUMMARY = List.of(
            "The role of QI Coach with lived experience is an opportunity for East London Foundation Trust (ELFT)"
                    + " service users and carers with lived experience of a mental or physical health condition to"
                    + " support improvement work across the Trust. These innovative posts focus on the need to bring"
                    + " the unique service user perspective to quality improvement work within ELFT.",
            "ELFT strives to involve service users and carers at all levels of the organisation, it is well"
                    + " documented that in doing so this will lead to a more effective, accessible and acceptable"
                    + " health service for the populations ELFT services. Improving health outcomes and a better"
                    + " experience for service users, carers and staff are central to the ELFT strategy. Quality"
                    + " Improvement (QI) coaches play a crucial role in supporting improvement work and embedding the"
                    + " culture of QI across the Trust.",
            "The QI coach with lived experience will be employed by the directorate to support improvement work at"
                    + " a local level.");

    public static final List<String> KEY_RESPONSIBILITIES = List.of(
            "Engage staff/service users and project teams in QI methodology and framework",
            "Support project teams to develop ideas and strategy, using QI tools",
            "Advise on how to complete project QI documentation such as 'Life QI'",
            "Meet with project teams regularly and as required",
            "Provide monthly updates on project progress to sponsor",
            "Teach/coach and mentor project teams on the use of QI tools and methods",
            "Attend supervision sessions with the local Improvement Advisor",
            "Advocate and ambassador for QI across the Trust",
            "Support the development of directorate structures and processes for QI",
            "Attend the Trust wide sessions for the QI coach community");

    /** The person specification's essential criteria, in short (the full text is the trust's). */
    public static final List<String> ESSENTIAL_CRITERIA = List.of(
            "Completed ELFT QI Coach Training NVQ level 4 or equivalent",
            "Be able to provide QI advice to relevant Trust Forums and Committees; personal experience of services",
            "Excellent presentation skills, one to one, in small and in large groups",
            "A proactive driver for results who can be counted on to meet goals",
            "Understand care pathways and relevant inpatient and community services",
            "Plan, organise, coordinate and support meetings, forums and workshops for QI project development",
            "Use Microsoft Office (Word, Excel, Outlook, PowerPoint) and Internet resources; working knowledge of"
                    + " the 'Life QI' platform",
            "Build effective, non-coercive relationships with service users, carers and staff in QI projects",
            "Analyse complex data from project progress and facilitate effective brainstorming");

    public static final String AGREEMENT = "This job description is intended as a guide to the main duties of the"
            + " post and is not intended to be a prescriptive document. Duties and base of work may change to meet"
            + " the needs of the service or because of the introduction of new technology. This job description may"
            + " be reviewed from time to time and changed, after consultation with the postholder.";

    private JobDescription() {
    }
}
