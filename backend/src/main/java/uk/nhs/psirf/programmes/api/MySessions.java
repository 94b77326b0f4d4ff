package uk.nhs.psirf.programmes.api;

import java.util.List;

/** The caller's sessions: those to come (soonest first) and those past (newest first), with their attendance. */
public record MySessions(List<MySessionView> upcoming, List<MySessionView> past) {
}
