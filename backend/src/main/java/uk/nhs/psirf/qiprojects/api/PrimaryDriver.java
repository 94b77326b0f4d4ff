package uk.nhs.psirf.qiprojects.api;

import java.util.List;

/** A primary driver of the aim and its secondary drivers. */
public record PrimaryDriver(String text, List<SecondaryDriver> secondaryDrivers) {
}
