package org.opencity.childcare.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Who decided on a member's application, when, and why if it was refused.
 */
public record Verification(String decidedBy, Instant decidedAt, @Nullable String reason) {

}
