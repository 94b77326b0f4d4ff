package uk.nhs.psirf.beingfair.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where the tool ends, with the action it names in its own words. */
public enum Outcome {
    NOT_A_PATIENT_SAFETY_INCIDENT("not-a-patient-safety-incident",
            "Do not use this tool. This tool is designed to help decide next steps in relation to patient safety "
                    + "incidents. Other processes should be followed for:",
            List.of("safeguarding concerns – follow your organisation’s safeguarding policies",
                    "healthcare incidents where criminal activity is suspected to have contributed to death or serious "
                            + "life-changing harm – refer to the police and use the memorandum of understanding between "
                            + "healthcare organisations and regulatory, investigatory and prosecutorial bodies")),
    NO_SYSTEMS_BASED_RESPONSE("no-systems-based-response",
            "Do not use this tool. Healthcare is complex, characterised by multiple interactions between different "
                    + "human and technological factors. A systems-based approach looks at their interplay to understand "
                    + "the wider system issues, not the actions of individuals. Only use this tool if a learning "
                    + "response begins to raise concerns about an individual’s actions.", List.of()),
    NOT_USED_JOINTLY("not-used-jointly",
            "Do not use this tool. This tool is designed to combine systems thinking and safety science expertise "
                    + "relevant to the patient safety incident alongside workforce expertise in supporting staff",
            List.of()),
    PEERS_WOULD_HAVE_ACTED_THE_SAME("peers-would-have-acted-the-same",
            "Continue with the systems-based learning response.", List.of()),
    DISCUSS_WITH_SUPERVISOR("discuss-with-supervisor",
            "Discuss with the individual’s supervisor or education lead. Continue with the systems-based learning "
                    + "response.", List.of()),
    PROTOCOLS_NOT_WORKABLE("protocols-not-workable",
            "Continue with the systems-based learning response.", List.of()),
    DELIBERATE_HARM("deliberate-harm",
            "Follow organisational guidance for appropriate action, including contacting any relevant external "
                    + "organisations: for example, professional regulatory bodies, the police or, if statutory "
                    + "safeguarding processes need to be adhered to, the relevant lead – that is, person in position "
                    + "of trust (PIPOT) for adult abuse and local authority designated officer (LADO) for child abuse.",
            List.of()),
    HEALTH_ISSUE("health-issue", "Follow organisational guidance for health issues affecting work.", List.of()),
    MITIGATING_CIRCUMSTANCES("mitigating-circumstances",
            "Action directed at the individual may not be appropriate. Follow organisational guidance for "
                    + "appropriate action.", List.of()),
    APPROPRIATE_MANAGEMENT("appropriate-management",
            "Follow organisational guidance for appropriate management. This could include remediation, "
                    + "supervision, additional training or disciplinary action.", List.of());

    /** What the tool says at its end, whichever way it was reached. */
    public static final String REVISIT = "If required, revisit the tool as further information from the learning "
            + "response becomes available. This is a continuous process with restorative just culture principles "
            + "maintained throughout.";

    private final String code;
    private final String action;
    private final List<String> points;

    Outcome(String code, String action, List<String> points) {
        this.code = code;
        this.action = action;
        this.points = points;
    }

    public String code() {
        return code;
    }

    public String action() {
        return action;
    }

    /** The list that follows the action, when the tool gives one. */
    public List<String> points() {
        return points;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
