package uk.nhs.psirf.reporting.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.nhs.psirf.reporting.domain.EventStatus;

/** Stores the wire code ({@code in-triage}) so that SQL, CSV and API agree. */
@Converter(autoApply = true)
public class EventStatusConverter implements AttributeConverter<EventStatus, String> {
    @Override
    public String convertToDatabaseColumn(EventStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public EventStatus convertToEntityAttribute(String code) {
        return code == null ? null : EventStatus.fromCode(code).orElseThrow();
    }
}
