package uk.nhs.psirf.programmes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.programmes.api.CommunityInput;
import uk.nhs.psirf.programmes.api.CommunitySummary;
import uk.nhs.psirf.programmes.api.CommunityView;
import uk.nhs.psirf.programmes.api.MeetingInput;
import uk.nhs.psirf.programmes.api.NoteInput;
import uk.nhs.psirf.programmes.service.CommunityService;

import java.util.List;
import java.util.UUID;

/** Communities of practice: listed to all staff and coaches, read and added to by their members and the keepers. */
@Path("/api/v1/communities-of-practice")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    private final CommunityService communities;

    public CommunityResource(CommunityService communities) {
        this.communities = communities;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public List<CommunitySummary> listCommunitiesOfPractice() {
        return communities.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public Response createCommunityOfPractice(
            @NotNull(message = "Send the community as a JSON object") @Valid CommunityInput body) {
        return Response.status(Response.Status.CREATED).entity(communities.create(body)).build();
    }

    @GET
    @Path("/{communityId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public CommunityView getCommunityOfPractice(@PathParam("communityId") @IdOf("The community") UUID communityId) {
        return communities.read(communityId);
    }

    @PUT
    @Path("/{communityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public CommunityView updateCommunityOfPractice(@PathParam("communityId") @IdOf("The community") UUID communityId,
            @NotNull(message = "Send the community as a JSON object") @Valid CommunityInput body) {
        return communities.change(communityId, body);
    }

    @POST
    @Path("/{communityId}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public Response addCommunityMeeting(@PathParam("communityId") @IdOf("The community") UUID communityId,
            @NotNull(message = "Send the meeting as a JSON object") @Valid MeetingInput body) {
        return Response.status(Response.Status.CREATED).entity(communities.addMeeting(communityId, body)).build();
    }

    @POST
    @Path("/{communityId}/meetings/{meetingId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public Response addCommunityMeetingNote(@PathParam("communityId") @IdOf("The community") UUID communityId,
            @PathParam("meetingId") @IdOf("The meeting") UUID meetingId,
            @NotNull(message = "Send the note as a JSON object") @Valid NoteInput body) {
        return Response.status(Response.Status.CREATED).entity(communities.addNote(communityId, meetingId, body))
                .build();
    }
}
