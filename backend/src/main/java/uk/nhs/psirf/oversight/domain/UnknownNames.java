package uk.nhs.psirf.oversight.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a summary for oversight that look like a name the system does not know (policy §3.7): capitalised, not at
 * the start of a sentence, not already withheld, and not a common or clinical word. The author is warned so that
 * they can rewrite them; nothing is withheld on a guess.
 */
public final class UnknownNames {
    /** A word that may be a name: it starts with a capital letter. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])\\p{Lu}[\\p{L}'\u2019-]*"
            + "(?<!['\u2019-])");
    /** What may stand between a sentence's end and its first word: spaces, opening quotes and brackets, bullets. */
    private static final String BEFORE_FIRST_WORD = " \t\"'\u2018\u201c([*\u2022-";

    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:mr|mrs|ms|mx|dr|prof|st)\\.$");

    public record Warning(String word, int offset) {
    }

    private UnknownNames() {
    }

    public static List<Warning> in(String text, List<Redaction.Span> withheld, Predicate<String> common) {
        List<Warning> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = m.group().replaceFirst("['\u2019]s$", "");
            boolean inWithheld = withheld.stream().anyMatch(s -> s.start() < m.end() && m.start() < s.end());
            if (!inWithheld && !startsSentence(text, m.start()) && !common.test(word)) {
                out.add(new Warning(word, m.start()));
            }
        }
        return out;
    }

    /** At the start of the text or of a line, or after a full stop (not a title's: "Dr. Ng"), "?" or "!". */
    static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && BEFORE_FIRST_WORD.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.') {
            return !TITLE_BEFORE.matcher(text.substring(Math.max(0, i - 5), i + 1)).find();
        }
        return c == '!' || c == '?' || c == '\n' || c == '\r';
    }
}
