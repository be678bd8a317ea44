package org.opencity.childcare.webapp.mail;

import java.util.regex.Pattern;

/**
 * Thrown when a mail could not be handed to the SMTP server or written to the outbox. The
 * message names the recipient's domain only: the full address is personal data.
 */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Pattern DOMAIN = Pattern.compile("[\\p{Alnum}.-]+");

    private final String recipientDomain;

    /**
     * Creates the exception for one recipient.
     * @param recipient the recipient's address, kept out of the message except for its
     * domain
     * @param problem what went wrong, in words an operator can act on
     * @param cause the failure reported by the mail library or the file system
     */
    public MailDeliveryException(String recipient, String problem, Throwable cause) {
        super(message(recipient, problem), cause);
        this.recipientDomain = domainOf(recipient);
    }

    /**
     * Returns the domain of the recipient's address, or a placeholder when it has none.
     * @return the domain, such as {@code example.org}
     */
    public String getRecipientDomain() {
        return this.recipientDomain;
    }

    static String domainOf(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).strip();

        return DOMAIN.matcher(domain).matches() ? domain : "(no valid domain)";
    }

    private static String message(String recipient, String problem) {
        return "Mail to a recipient at '" + domainOf(recipient) + "' not delivered: " + problem;
    }

}
