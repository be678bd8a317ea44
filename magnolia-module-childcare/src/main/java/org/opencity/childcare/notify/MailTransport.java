package org.opencity.childcare.notify;

/**
 * Sends mail. The host provides an SMTP implementation and, when no SMTP server is
 * configured, one that writes each mail to a local outbox.
 */
@FunctionalInterface
public interface MailTransport {

    /**
     * Sends the mail or fails with an exception; never loses it silently.
     */
    void send(OutgoingMail mail);

}
