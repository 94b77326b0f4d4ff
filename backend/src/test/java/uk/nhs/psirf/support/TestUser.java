package uk.nhs.psirf.support;

import java.util.List;

public record TestUser(String sub, String name, List<String> roles) {
    public String token() {
        return Tokens.accessToken(this);
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
