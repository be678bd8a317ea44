package org.opencity.childcare.notify;

import java.util.Map;

/**
 * One plain-text mail to one recipient, ready to send.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body, plain text
 * @param headers extra header fields by name, such as {@code List-Unsubscribe}; values in
 * US-ASCII
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }

    /** A mail without extra header fields. */
    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, Map.of());
    }

    /** The same mail with these extra header fields. */
    public OutgoingMail withHeaders(Map<String, String> extra) {
        return new OutgoingMail(this.to, this.subject, this.text, extra);
    }

}
