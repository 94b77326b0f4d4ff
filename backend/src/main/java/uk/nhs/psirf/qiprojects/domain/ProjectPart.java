package uk.nhs.psirf.qiprojects.domain;

/**
 * The caller's part in one project: the improvement advisor (QI department, sees all coaching), a coach of it, its
 * sponsor, a member of its team; none of these for anyone else.
 */
public record ProjectPart(boolean advisor, boolean coach, boolean sponsor, boolean teamMember) {
    public boolean any() {
        return advisor || coach || sponsor || teamMember;
    }
}
