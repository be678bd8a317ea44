package org.opencity.childcare.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who did what to which subject, when, and why.
 *
 * @param action a stable action name such as {@code REGISTRATION_APPROVED}
 * @param detail the reason given, if any; never personal data beyond it
 */
public record AuditEntry(Instant at, String actor, String action, String subjectId, @Nullable String detail) {

}
