package org.opencity.childcare.webapp.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OutboxMailTransportTest {

    private static final Instant WRITTEN = Instant.parse("2025-03-30T01:30:15.042Z");

    @TempDir
    Path dataDirectory;

    @Test
    void sendWhenNoSmtpServerShouldWriteEmlToOutbox() throws IOException {
        Path outbox = this.dataDirectory.resolve("outbox");

        transport(outbox, WRITTEN).send(FamilyMails.confirmation());

        List<String> names = fileNames(outbox);
        assertThat(names).hasSize(1);
        assertThat(names.get(0)).matches("20250330-013015-042-[0-9a-f]{8}\\.eml");
        assertThat(Files.readString(files(outbox).get(0))).contains("To: " + FamilyMails.CAMILLE)
            .contains("Content-Type: text/plain; charset=UTF-8");
    }

    @Test
    void sendShouldNameFilesInUtcWhateverTheClockZone() throws IOException {
        Clock paris = Clock.fixed(WRITTEN, ZoneOffset.ofHours(2));
        Path outbox = this.dataDirectory.resolve("outbox");
        MimeMailFactory factory = new MimeMailFactory(FamilyMails.SENDER);

        new OutboxMailTransport(factory, outbox, paris).send(FamilyMails.confirmation());

        List<String> names = fileNames(outbox);
        assertThat(names).singleElement().asString().startsWith("20250330-013015-042-");
    }

    @Test
    void sendShouldLeaveNoPartialFileBehind() throws IOException {
        Path outbox = this.dataDirectory.resolve("outbox");

        transport(outbox, WRITTEN).send(FamilyMails.confirmation());
        transport(outbox, WRITTEN.plusSeconds(1)).send(FamilyMails.newListingNearby());

        assertThat(fileNames(outbox)).hasSize(2).allMatch((name) -> name.endsWith(".eml"));
    }

    @Test
    void sendWhenOutboxCannotBeCreatedShouldFailNamingOnlyTheRecipientDomain() throws IOException {
        Path notAFolder = Files.writeString(this.dataDirectory.resolve("outbox"), "a file");
        OutboxMailTransport transport = transport(notAFolder, WRITTEN);

        assertThatExceptionOfType(MailDeliveryException.class)
            .isThrownBy(() -> transport.send(FamilyMails.confirmation()))
            .withMessageContaining("'example.org'")
            .withMessageContaining(notAFolder.toString())
            .withMessageNotContaining("camille");
    }

    static OutboxMailTransport transport(Path outbox, Instant now) {
        MimeMailFactory factory = new MimeMailFactory(FamilyMails.SENDER);

        return new OutboxMailTransport(factory, outbox, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        return files(folder).stream().map((file) -> file.getFileName().toString()).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

}
