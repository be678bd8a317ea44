package org.opencity.childcare.webapp.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.childcare.notify.OutgoingMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutboxTest {

    private static final Instant MONDAY = Instant.parse("2025-03-31T07:45:00.125Z");

    private static final String UNKNOWN_ID = "20250331-074500-125-0123abcd";

    @TempDir
    Path directory;

    @Test
    void listShouldShowRecipientAndSubjectOfWrittenMail() {
        write(MONDAY, FamilyMails.confirmation());

        assertThat(new Outbox(this.directory).list(10)).singleElement().satisfies((entry) -> {
            assertThat(entry.id()).matches("20250331-074500-125-[0-9a-f]{8}");
            assertThat(entry.to()).isEqualTo(FamilyMails.CAMILLE);
            assertThat(entry.subject()).isEqualTo("Confirmez l’adresse de votre famille");
            assertThat(entry.date()).isEqualTo("2025-03-31T07:45:00Z");
        });
    }

    @Test
    void readShouldGiveBackTheBodyIntact() {
        OutgoingMail mail = FamilyMails.confirmation();
        write(MONDAY, mail);
        Outbox outbox = new Outbox(this.directory);
        String id = outbox.list(1).get(0).id();

        assertThat(outbox.read(id)).hasValueSatisfying((message) -> {
            assertThat(message.text()).isEqualTo(mail.text());
            assertThat(message.text()).contains(FamilyMails.CONFIRMATION_LINK);
            assertThat(message.subject()).isEqualTo(mail.subject());
            assertThat(message.to()).isEqualTo(FamilyMails.CAMILLE);
        });
    }

    @Test
    void listShouldShowNewestFirst() {
        write(MONDAY, FamilyMails.confirmation());
        write(MONDAY.plusMillis(1), FamilyMails.newListingNearby());

        assertThat(new Outbox(this.directory).list(10)).extracting(OutboxEntry::subject)
            .containsExactly(FamilyMails.NEARBY_SUBJECT, FamilyMails.CONFIRMATION_SUBJECT);
    }

    @Test
    void listShouldStopAtTheLimit() {
        write(MONDAY, FamilyMails.confirmation());
        write(MONDAY.plusSeconds(60), FamilyMails.newListingNearby());

        assertThat(new Outbox(this.directory).list(1)).extracting(OutboxEntry::subject)
            .containsExactly(FamilyMails.NEARBY_SUBJECT);
    }

    @Test
    void listWhenFolderMissingShouldBeEmpty() {
        Outbox outbox = new Outbox(this.directory.resolve("outbox"));

        assertThat(outbox.list(10)).isEmpty();
    }

    @Test
    void listShouldSkipFilesStillBeingWrittenAndForeignFiles() throws IOException {
        Files.writeString(this.directory.resolve(".123456.eml.part"), "From: half a mail");
        Files.writeString(this.directory.resolve("notes.eml"), "Subject: not ours");

        assertThat(new Outbox(this.directory).list(10)).isEmpty();
    }

    @Test
    void listWhenLimitNegativeShouldFail() {
        Outbox outbox = new Outbox(this.directory);

        ThrowingCallable listing = () -> outbox.list(-1);

        assertThatIllegalArgumentException().isThrownBy(listing).withMessageContaining("-1");
    }

    @Test
    void readWhenIdIsAPathShouldBeEmpty() throws IOException {
        Path outboxDirectory = Files.createDirectory(this.directory.resolve("outbox"));
        Files.writeString(this.directory.resolve("secret.eml"), "Subject: outside the outbox");
        Outbox outbox = new Outbox(outboxDirectory);

        assertThat(outbox.read("../../etc/passwd")).isEmpty();
        assertThat(outbox.read("../secret")).isEmpty();
        assertThat(outbox.read(UNKNOWN_ID + "/../../secret")).isEmpty();
    }

    @Test
    void readWhenNoSuchMailShouldBeEmpty() {
        assertThat(new Outbox(this.directory).read(UNKNOWN_ID)).isEmpty();
    }

    private void write(Instant when, OutgoingMail mail) {
        OutboxMailTransportTest.transport(this.directory, when).send(mail);
    }

}
