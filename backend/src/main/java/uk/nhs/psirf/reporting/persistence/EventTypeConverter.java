package uk.nhs.psirf.reporting.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.nhs.psirf.reference.EventType;

@Converter(autoApply = true)
public class EventTypeConverter implements AttributeConverter<EventType, String> {
    @Override
    public String convertToDatabaseColumn(EventType type) {
        return type == null ? null : type.code();
    }

    @Override
    public EventType convertToEntityAttribute(String code) {
        return code == null ? null : EventType.fromCode(code);
    }
}
