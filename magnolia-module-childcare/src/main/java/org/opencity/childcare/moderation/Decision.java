package org.opencity.childcare.moderation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A webmaster's decision on a task: what, who, when, why, and which checks they ticked.
 */
public record Decision(Outcome outcome, String decidedBy, Instant decidedAt, @Nullable String reason,
        List<String> checks) {

    public Decision {
        checks = List.copyOf(checks);
        if (outcome == Outcome.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
    }

}
