package uk.nhs.psirf.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An LFPSE v5 code system: integer codes with their national displays, in the national order. */
public final class CodeList {
    private final String system;
    private final Map<Integer, String> displays;

    private CodeList(String system, Map<Integer, String> displays) {
        this.system = system;
        this.displays = displays;
    }

    static Builder of(String system) {
        return new Builder(system);
    }

    public String system() {
        return system;
    }

    public boolean contains(Integer code) {
        return code != null && displays.containsKey(code);
    }

    public Optional<Code> code(Integer code) {
        return contains(code) ? Optional.of(Code.of(code, displays.get(code))) : Optional.empty();
    }

    public List<Code> codes() {
        return displays.entrySet().stream().map(e -> Code.of(e.getKey(), e.getValue())).toList();
    }

    static final class Builder {
        private final String system;
        private final Map<Integer, String> displays = new LinkedHashMap<>();

        private Builder(String system) {
            this.system = system;
        }

        Builder add(int code, String display) {
            displays.put(code, display);
            return this;
        }

        CodeList build() {
            return new CodeList(system, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(displays)));
        }
    }
}
