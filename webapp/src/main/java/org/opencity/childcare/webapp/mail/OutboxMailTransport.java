package org.opencity.childcare.webapp.mail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.opencity.childcare.notify.MailTransport;
import org.opencity.childcare.notify.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail as an {@code .eml} file into the {@link Outbox} folder, for a machine
 * with no SMTP server: developers and testers open the mail there, or on the outbox page.
 */
public final class OutboxMailTransport implements MailTransport {

    private static final Logger logger = LoggerFactory.getLogger(OutboxMailTransport.class);

    private final MimeMailFactory mimeMailFactory;

    private final Path directory;

    private final Clock clock;

    private final Session session = Session.getInstance(new Properties());

    /**
     * Creates a transport that writes into the given folder.
     * @param factory builds the message
     * @param directory the outbox folder, created when the first mail is written
     * @param clock gives the {@code Date} header and the file name
     */
    OutboxMailTransport(MimeMailFactory factory, Path directory, Clock clock) {
        this.mimeMailFactory = factory;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        String to = mail.to();
        Instant now = this.clock.instant();
        Path eml = this.directory.resolve(Outbox.newFileName(now));

        try {
            MimeMessage message = new MimeMessage(this.session);
            this.mimeMailFactory.fill(message, mail, now);
            write(message, eml);
        }
        catch (MessagingException | IOException ex) {
            String problem = "could not write it to the outbox '" + this.directory + "'";
            throw new MailDeliveryException(to, problem, ex);
        }

        String subject = mail.subject();
        logger.info("Mail to '{}' with subject '{}' written to the outbox '{}'", to, subject, eml);
    }

    /**
     * Writes beside the target and then renames, so that readers never see half a mail.
     */
    private void write(MimeMessage message, Path eml) throws IOException, MessagingException {
        Files.createDirectories(this.directory);
        Path temporary = Files.createTempFile(this.directory, ".", ".eml.part");

        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                message.writeTo(out);
            }
            Files.move(temporary, eml, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

}
