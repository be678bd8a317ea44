package org.opencity.childcare.webapp.mail;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.opencity.childcare.notify.MailTransport;
import org.opencity.childcare.notify.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends each mail through the SMTP server configured with the {@code spring.mail.*}
 * properties.
 */
public final class SmtpMailTransport implements MailTransport {

    private static final Logger logger = LoggerFactory.getLogger(SmtpMailTransport.class);

    private final JavaMailSender mailSender;

    private final MimeMailFactory mimeMailFactory;

    private final Clock clock;

    /**
     * Creates a transport that sends through the given sender.
     * @param mailSender Spring's sender, connected to the SMTP server
     * @param factory builds the message
     * @param clock gives the {@code Date} header
     */
    SmtpMailTransport(JavaMailSender mailSender, MimeMailFactory factory, Clock clock) {
        this.mailSender = mailSender;
        this.mimeMailFactory = factory;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = this.mailSender.createMimeMessage();
            this.mimeMailFactory.fill(message, mail, this.clock.instant());
            this.mailSender.send(message);
        }
        catch (MessagingException | MailException ex) {
            String problem = "the SMTP server could not be reached or refused it";
            throw new MailDeliveryException(mail.to(), problem, ex);
        }

        String domain = MailDeliveryException.domainOf(mail.to());
        logger.debug("Mail with subject '{}' sent to a recipient at '{}'", mail.subject(), domain);
    }

}
