package uk.nhs.psirf.staffsupport.api;

import java.util.List;

/** The staff support records in which the caller is the line manager or the reviewer. */
public record MyStaffSupportList(List<MyStaffSupportItem> items) {
}
