package org.opencity.childcare.webapp.mail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.childcare.notify.MailTransport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MailConfigurationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void outboxShouldBeTheOutboxFolderOfTheDataDirectory() {
        Path expected = this.dataDirectory.resolve("outbox");
        MailConfiguration configuration = configuration("spring.mail.host", "");

        Outbox outbox = configuration.outbox();

        assertThat(outbox.directory()).isEqualTo(expected).isAbsolute();
    }

    @Test
    void mailTransportWhenNoSmtpHostShouldWriteIntoTheOutbox() {
        MailConfiguration configuration = configuration("spring.mail.host", " ");

        configuration.mailTransport(noMailSender()).send(FamilyMails.confirmation());

        List<OutboxEntry> entries = configuration.outbox().list(10);
        assertThat(entries).extracting(OutboxEntry::to).containsExactly(FamilyMails.CAMILLE);
    }

    @Test
    void mailTransportWhenSmtpHostSetShouldSendThroughSmtp() {
        MailConfiguration configuration = configuration("spring.mail.host", "smtp.example.org");
        Map<String, Object> beans = Map.of("mailSender", new JavaMailSenderImpl());
        ObjectProvider<JavaMailSender> mailSender = new StaticListableBeanFactory(beans)
            .getBeanProvider(JavaMailSender.class);

        MailTransport transport = configuration.mailTransport(mailSender);

        assertThat(transport).isInstanceOf(SmtpMailTransport.class);
    }

    @Test
    void mailTransportWhenSenderInvalidShouldFailNamingTheProperty() {
        MailConfiguration configuration = configuration("childcare.mail.from", "a@b, c@d");

        ThrowingCallable creation = () -> configuration.mailTransport(noMailSender());

        assertThatIllegalStateException().isThrownBy(creation).withMessageContaining("mail.from");
    }

    @Test
    void mailTransportByDefaultShouldSendFromTheServiceName() throws Exception {
        MailConfiguration configuration = configuration("spring.mail.host", "");

        configuration.mailTransport(noMailSender()).send(FamilyMails.confirmation());

        Path eml;
        try (Stream<Path> files = Files.list(configuration.outbox().directory())) {
            eml = files.findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(eml)) {
            InternetAddress from = (InternetAddress) new MimeMessage(null, in).getFrom()[0];
            assertThat(from.getPersonal()).isEqualTo("Garde d’enfant");
            assertThat(from.getAddress()).isEqualTo("no-reply@localhost");
        }
    }

    private MailConfiguration configuration(String key, String value) {
        String dataDirectory = this.dataDirectory.toString();
        MockEnvironment environment = new MockEnvironment().withProperty(key, value)
            .withProperty("childcare.data-dir", dataDirectory);

        return new MailConfiguration(environment);
    }

    private static ObjectProvider<JavaMailSender> noMailSender() {
        return new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    }

}
