package uk.nhs.psirf.beingfair.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A record of the tool with its current version and the earlier ones. {@code mayJoin}: the caller is the named joint
 * user and has not joined yet; {@code mayAnswer}: the caller is one of the two users and both are recorded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BeingFairView(String id, long version, String responseId, String responseReference, String staffName,
                            String staffJobRole, ToolUserView openedBy, ToolUserView jointUser, boolean joined,
                            boolean mayJoin, boolean mayAnswer, ToolVersionView current,
                            List<ToolVersionView> earlierVersions, Instant updatedAt) {
}
