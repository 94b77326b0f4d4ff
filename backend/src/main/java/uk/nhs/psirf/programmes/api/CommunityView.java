package uk.nhs.psirf.programmes.api;

import java.util.List;
import java.util.UUID;

/** A community with its members and its meetings (newest first), for its members and the programme keepers. */
public record CommunityView(UUID id, long version, String name, String purpose, List<MemberView> members,
                            List<MeetingView> meetings, boolean mayKeep) {
}
