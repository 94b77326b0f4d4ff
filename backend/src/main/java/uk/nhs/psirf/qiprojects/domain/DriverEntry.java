package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a driver diagram in reading order: depth 0 a primary driver, 1 a secondary driver of the primary
 * above it, 2 a change idea for the secondary above it.
 */
@Embeddable
public record DriverEntry(@Column(nullable = false) int depth, @Column(nullable = false, length = 500) String text) {
    public static final int PRIMARY = 0;
    public static final int SECONDARY = 1;
    public static final int CHANGE_IDEA = 2;
}
