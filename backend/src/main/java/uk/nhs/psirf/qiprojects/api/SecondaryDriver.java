package uk.nhs.psirf.qiprojects.api;

import java.util.List;

/** A secondary driver and the change ideas tested for it. */
public record SecondaryDriver(String text, List<String> changeIdeas) {
}
