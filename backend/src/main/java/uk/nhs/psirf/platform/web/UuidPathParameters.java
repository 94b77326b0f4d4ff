package uk.nhs.psirf.platform.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import uk.nhs.psirf.platform.error.ApiException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Reads every {@code @IdOf} UUID path parameter. A malformed id is answered exactly as an id that names nothing:
 * 404 {@code not-found}, "The decision was not found". The refusal travels inside a {@link NotFoundException}
 * because Quarkus REST turns any other exception of a path parameter's converter into a bare 404; the problem
 * mapper answers with the {@link ApiException} it carries.
 */
@Provider
public class UuidPathParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class || annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof IdOf idOf) {
                return (ParamConverter<T>) new Converter(idOf.value());
            }
        }
        return null;
    }

    private record Converter(String what) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new NotFoundException(ApiException.notFound(what));
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
