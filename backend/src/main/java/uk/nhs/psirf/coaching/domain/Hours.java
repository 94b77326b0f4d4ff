package uk.nhs.psirf.coaching.domain;

/** Minutes of coaching as a person reads them: "4 hours 30 minutes". */
public final class Hours {
    private Hours() {
    }

    public static String of(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 1 ? "1 hour" : hours + " hours";
        if (rest == 0) {
            return h;
        }
        String m = rest == 1 ? "1 minute" : rest + " minutes";
        return hours == 0 ? m : h + " " + m;
    }
}
