package org.opencity.childcare.notify;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes and sends the service's mails.
 */
public final class Mailer {

    private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

    private final MailComposer composer;

    private final MailTransport transport;

    public Mailer(MailComposer composer, MailTransport transport) {
        this.composer = composer;
        this.transport = transport;
    }

    /** Sends a mail; failures propagate to the caller. */
    public void send(String template, String to, Locale locale, Map<String, ?> values) {
        this.transport.send(this.composer.compose(template, to, locale, values));
    }

    /**
     * Sends a mail with extra header fields, such as the {@code List-Unsubscribe} of
     * alert mails; failures propagate to the caller.
     */
    public void send(String template, String to, Locale locale, Map<String, ?> values, Map<String, String> headers) {
        this.transport.send(this.composer.compose(template, to, locale, values).withHeaders(headers));
    }

    /**
     * Sends a mail about a change that is already saved. A failure here must not undo
     * that change nor make the user repeat it, so it is logged for an operator to act on
     * (check the mail server settings) and not rethrown.
     */
    public void sendAfterCommit(String template, String to, Locale locale, Map<String, ?> values) {
        try {
            send(template, to, locale, values);
        }
        catch (RuntimeException ex) {
            logger.error("Mail '{}' to a recipient at '{}' could not be sent; the change it reports is saved", template,
                    to.substring(to.indexOf('@') + 1), ex);
        }
    }

}
