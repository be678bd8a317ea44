package org.opencity.childcare.webapp.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SmtpMailTransportTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Instant NOW = Instant.parse("2025-03-30T08:15:00Z");

    @Test
    void sendShouldDeliverFrenchTextToTheRecipient() throws Exception {
        transport(greenMail.getSmtp().getPort()).send(FamilyMails.confirmation());

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        InternetAddress camille = new InternetAddress(FamilyMails.CAMILLE);
        assertThat(received.getRecipients(RecipientType.TO)).containsExactly(camille);
        assertThat(received.getSubject()).isEqualTo(FamilyMails.CONFIRMATION_SUBJECT);
        assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(received.getContent()).asString()
            .contains(FamilyMails.SIGNATURE)
            .contains(FamilyMails.CONFIRMATION_LINK);
        assertThat(received.getSentDate()).isEqualTo(NOW);
    }

    @Test
    void sendShouldShowTheServiceNameAsSender() throws Exception {
        transport(greenMail.getSmtp().getPort()).send(FamilyMails.confirmation());

        MimeMessage received = greenMail.getReceivedMessages()[0];
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Garde d’enfant – Ville");
        assertThat(from.getAddress()).isEqualTo("no-reply@example.org");
        // Raw 8-bit text in a header is garbled or refused by some servers and clients.
        assertThat(received.getHeader("From", null)).matches("\\p{ASCII}+");
    }

    @Test
    void sendWhenSmtpServerDownShouldFailNamingOnlyTheRecipientDomain() throws IOException {
        SmtpMailTransport transport = transport(closedPort());

        assertThatExceptionOfType(MailDeliveryException.class)
            .isThrownBy(() -> transport.send(FamilyMails.confirmation()))
            .withMessageContaining("'example.org'")
            .withMessageNotContaining("camille")
            .satisfies((ex) -> assertThat(ex.getRecipientDomain()).isEqualTo("example.org"));
    }

    private static SmtpMailTransport transport(int port) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        MimeMailFactory factory = new MimeMailFactory(FamilyMails.SENDER);

        return new SmtpMailTransport(mailSender, factory, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
