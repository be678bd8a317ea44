package org.opencity.childcare.moderation;

import org.jspecify.annotations.Nullable;

/**
 * The task was decided already, by someone else or a moment ago; a second decision is
 * refused, never merged.
 */
public class AlreadyDecidedException extends RuntimeException {

    private final transient @Nullable Decision existing;

    public AlreadyDecidedException(String taskId, @Nullable Decision existing) {
        super("Task '" + taskId + "' is already decided");
        this.existing = existing;
    }

    /** The decision that was taken first, when it could be read. */
    public @Nullable Decision existing() {
        return this.existing;
    }

}
