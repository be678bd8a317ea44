package org.opencity.childcare.webapp.rendering.definition;

/**
 * A definition file that cannot be read or that lacks a required key; the message names
 * the file and what is wrong.
 */
public class InvalidDefinitionException extends RuntimeException {

    public InvalidDefinitionException(String message) {
        super(message);
    }

    public InvalidDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }

}
