package org.opencity.childcare.moderation;

/**
 * No task has the given identifier.
 */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String id) {
        super("No task with id '" + id + "'");
    }

}
