package uk.nhs.psirf.coaching.domain;

import java.util.Arrays;
import java.util.Optional;

/** The nine aims of coaching of the coaching contract (004_*, "Aims of coaching"), ticked on each contract. */
public enum CoachingAim {
    SHARE_KNOWLEDGE("share-knowledge", "Share knowledge of improvement tools and techniques"),
    ADVISE_ON_APPLICATION("advise-on-application",
            "Provide ideas and advice about application of improvement techniques (using the lens of profound knowledge as a basis)"),
    EXPLORE_CHALLENGES("explore-challenges", "Explore testing, implementation and spread challenges"),
    ENCOURAGE("encourage", "Encourage you in your improvement efforts"),
    MAXIMISE_IMPACT("maximise-impact", "Maximise your impact"),
    SECURE_GAINS("secure-gains", "Secure your gains"),
    EXTEND_REACH("extend-reach", "Extend your reach"),
    REFLECT_ON_LEARNING("reflect-on-learning", "Help you reflect on your learning"),
    INSPIRE("inspire", "Inspire you to achieve even more");

    private final String code;
    private final String display;

    CoachingAim(String code, String display) {
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public static Optional<CoachingAim> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
