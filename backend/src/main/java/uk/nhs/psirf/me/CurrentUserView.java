package uk.nhs.psirf.me;

import java.util.Set;

public record CurrentUserView(String sub, String name, String email, Set<String> roles) {
}
