package org.opencity.childcare.conversation;

/**
 * No conversation with this identifier, or one the member asking does not take part in:
 * both answers are the same, so that no one can learn which conversations exist.
 */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String id) {
        super("No conversation with id '" + id + "' for this member");
    }

}
