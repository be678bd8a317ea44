package org.opencity.childcare.webapp.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.opencity.childcare.notify.OutgoingMail;

/**
 * Builds the MIME message of an outgoing mail the same way for every transport: UTF-8
 * plain text, from the service's sender to one recipient.
 */
final class MimeMailFactory {

    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private static final String EXAMPLE = "'Garde d’enfant <no-reply@example.org>'";

    private final InternetAddress sender;

    /**
     * Creates a factory that sends from the given address.
     * @param sender the From address with an optional personal name, such as
     * {@code Garde d’enfant – Ville <no-reply@example.org>}
     * @throws IllegalArgumentException if the sender is not exactly one valid address
     */
    MimeMailFactory(String sender) {
        this.sender = parseSender(sender);
    }

    /**
     * Fills a blank message with the sender, the recipient, the subject, the body and the
     * mail's extra header fields.
     * @param blank a blank message from the transport's mail session
     * @param mail the mail to send
     * @param sentAt the value of the {@code Date} header
     * @throws MessagingException if the recipient is not a valid address
     */
    void fill(MimeMessage blank, OutgoingMail mail, Instant sentAt) throws MessagingException {
        blank.setFrom(this.sender);
        blank.setRecipient(RecipientType.TO, new InternetAddress(mail.to(), true));
        blank.setSubject(mail.subject(), CHARSET);
        blank.setText(mail.text(), CHARSET);
        blank.setSentDate(Date.from(sentAt));
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            blank.setHeader(header.getKey(), header.getValue());
        }
    }

    private static InternetAddress parseSender(String sender) {
        try {
            InternetAddress parsed = new InternetAddress(sender, true);

            // The parser keeps the personal name as typed: set it again so that
            // its accents are encoded in the header, not sent as raw 8-bit text.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), CHARSET);
        }
        catch (AddressException | UnsupportedEncodingException ex) {
            String problem = "The sender '" + sender + "' is not one address such as " + EXAMPLE;
            throw new IllegalArgumentException(problem, ex);
        }
    }

}
