package uk.nhs.psirf.response.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone affected by the incident who agreed to an extension, e.g. "Jo Bloggs", "patient's daughter". */
@Embeddable
public record Agreement(@Column(name = "name", nullable = false, length = 200) String name,
                        @Column(name = "relationship", nullable = false, length = 200) String relationship) {
}
