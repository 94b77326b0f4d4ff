package uk.nhs.psirf.platform.audit;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

public enum AuditAction {
    CREATE("create"), UPDATE("update"), READ("read"), LIST("list"), EXPORT("export"),
    DENIED("denied"), UNAUTHENTICATED("unauthenticated");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
