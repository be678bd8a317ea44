package org.opencity.childcare.webapp.mail;

import java.nio.file.Path;
import java.time.Clock;

import org.opencity.childcare.notify.MailTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses how mail leaves the host: through SMTP when {@code spring.mail.host} is set,
 * otherwise into the local outbox folder, which the outbox page always reads.
 * <p>
 * Boot only defines a {@link JavaMailSender} when {@code spring.mail.host} is set, hence
 * the optional provider.
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    private static final String DEFAULT_SENDER = "Garde d’enfant <no-reply@localhost>";

    private static final Logger logger = LoggerFactory.getLogger(MailConfiguration.class);

    private final Environment environment;

    MailConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Bean
    Outbox outbox() {
        return new Outbox(outboxDirectory());
    }

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> mailSender) {
        String smtpHost = this.environment.getProperty("spring.mail.host", "");
        Path outbox = outboxDirectory();
        MimeMailFactory factory = mimeMailFactory();
        Clock clock = Clock.systemUTC();

        if (smtpHost.isBlank()) {
            logger.info("No 'spring.mail.host': mail goes to the outbox '{}'", outbox);
            return new OutboxMailTransport(factory, outbox, clock);
        }

        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp == null) {
            String problem = "'spring.mail.host' is set but there is no JavaMailSender bean";
            throw new IllegalStateException(problem);
        }

        logger.info("Mail goes through SMTP server '{}'; outbox at '{}'", smtpHost, outbox);
        return new SmtpMailTransport(smtp, factory, clock);
    }

    private Path outboxDirectory() {
        String dataDirectory = this.environment.getProperty("childcare.data-dir", "./data");

        return Path.of(dataDirectory, "outbox").toAbsolutePath().normalize();
    }

    private MimeMailFactory mimeMailFactory() {
        String sender = this.environment.getProperty("childcare.mail.from", DEFAULT_SENDER);

        try {
            return new MimeMailFactory(sender);
        }
        catch (IllegalArgumentException ex) {
            String problem = "Check the property 'childcare.mail.from': " + ex.getMessage();
            throw new IllegalStateException(problem, ex);
        }
    }

}
