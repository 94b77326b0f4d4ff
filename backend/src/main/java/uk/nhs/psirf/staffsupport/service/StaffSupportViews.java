package uk.nhs.psirf.staffsupport.service;

import uk.nhs.psirf.staffsupport.api.StaffSupportView;
import uk.nhs.psirf.staffsupport.api.SupportStepGuidance;
import uk.nhs.psirf.staffsupport.api.SupportStepView;
import uk.nhs.psirf.staffsupport.api.SupporterView;
import uk.nhs.psirf.staffsupport.domain.StaffSupport;
import uk.nhs.psirf.staffsupport.domain.SupportStep;
import uk.nhs.psirf.staffsupport.domain.SupportStepRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

final class StaffSupportViews {
    private StaffSupportViews() {
    }

    /** Every step of Appendix 2, with when it was done where it was. */
    static StaffSupportView view(StaffSupport s) {
        Map<SupportStep, SupportStepRecord> done = s.steps().stream()
                .collect(Collectors.toMap(SupportStepRecord::step, Function.identity()));
        List<SupportStepView> steps = Arrays.stream(SupportStep.values()).map(step -> {
            SupportStepRecord record = done.get(step);
            return new SupportStepView(step.code(), step.stage().code(), step.text(),
                    record == null ? null : record.doneOn(), record == null ? null : record.note());
        }).toList();
        return new StaffSupportView(s.id().toString(), s.version(), s.staffName(), s.staffRole(),
                supporter(s.lineManagerPersonId(), s.lineManagerName()),
                supporter(s.reviewerPersonId(), s.reviewerName()), s.signposting(), s.hrContacted(), steps,
                s.updatedAt());
    }

    static List<SupportStepGuidance> guidance() {
        return Arrays.stream(SupportStep.values())
                .map(StaffSupportViews::guidance).toList();
    }

    static SupportStepGuidance guidance(SupportStep s) {
        return new SupportStepGuidance(s.code(), s.stage().code(), s.stage().title(), s.text());
    }

    private static SupporterView supporter(java.util.UUID personId, String name) {
        if (personId == null && name == null) {
            return null;
        }
        return new SupporterView(personId == null ? null : personId.toString(), name);
    }
}
