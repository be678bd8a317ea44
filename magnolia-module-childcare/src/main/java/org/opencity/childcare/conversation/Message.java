package org.opencity.childcare.conversation;

import java.time.Instant;

/**
 * One message of a conversation, as its sender wrote it (trimmed, line breaks kept).
 */
public record Message(String id, String senderId, String text, Instant sentAt) {

}
