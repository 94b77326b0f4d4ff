/**
 * Rules that say why: a policy returns a {@link uk.nhs.psirf.platform.rules.Verdict} (allowed, or refused with
 * problem code, field, field-error code and reason) and keeps its message beside the rule; the service calls
 * {@code orThrow()}.
 */
package uk.nhs.psirf.platform.rules;
