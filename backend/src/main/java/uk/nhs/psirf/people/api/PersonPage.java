package uk.nhs.psirf.people.api;

import java.util.List;

public record PersonPage(List<PersonView> items, int page, int size, long totalItems, int totalPages) {
}
