package uk.nhs.psirf.beingfair.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** One of the two users: {@code sub} and {@code at} once recorded (the joint user: once they joined). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolUserView(String sub, String name, String role, Instant at, String personId) {
}
