package uk.nhs.psirf.programmes.api;

import java.util.List;

public record ScenarioCardView(int number, String title, String situation, List<String> questions) {
}
