package uk.nhs.psirf.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.notifications.api.NotificationList;
import uk.nhs.psirf.notifications.service.NotificationService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Roles;

/** The caller's in-app notifications about their reports. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public NotificationList listMyNotifications() {
        return notifications.mine();
    }

    @POST
    @Path("/read-all")
    @RolesAllowed(Roles.STAFF)
    public Response markAllNotificationsRead() {
        notifications.markAllRead();
        return Response.noContent().build();
    }

    @POST
    @Path("/{notificationId}/read")
    @RolesAllowed(Roles.STAFF)
    public Response markNotificationRead(@PathParam("notificationId") String notificationId) {
        notifications.markRead(parseId(notificationId));
        return Response.noContent().build();
    }

    /** A malformed id names no notification: 404, as for someone else's. */
    private static long parseId(String notificationId) {
        try {
            return Long.parseLong(notificationId);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("The notification");
        }
    }
}
