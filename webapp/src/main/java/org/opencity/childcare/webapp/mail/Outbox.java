package org.opencity.childcare.webapp.mail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static java.time.ZoneOffset.UTC;

/**
 * The folder where mail goes when no SMTP server is configured, one {@code .eml} file per
 * mail, read for the staff-only outbox page.
 * <p>
 * Files are named {@code yyyyMMdd-HHmmss-SSS-<8 hex digits>.eml} in UTC, so that their
 * names sort by time. Only names of exactly that form are read: an id can never lead out
 * of the folder.
 */
public final class Outbox {

    private static final String EXTENSION = ".eml";

    private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-[0-9a-f]{8}");

    private static final String TIME_PATTERN = "yyyyMMdd-HHmmss-SSS";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(TIME_PATTERN);

    private final Path directory;

    private final Session session = Session.getInstance(new Properties());

    /**
     * Creates an outbox on a folder, which need not exist yet.
     * @param directory the folder holding the {@code .eml} files
     */
    public Outbox(Path directory) {
        this.directory = directory;
    }

    /**
     * Returns the folder holding the {@code .eml} files.
     * @return the folder, as given
     */
    public Path directory() {
        return this.directory;
    }

    /**
     * Lists the newest mails, newest first.
     * @param limit the most mails to list
     * @return the mails; empty when the folder is empty or missing
     */
    public List<OutboxEntry> list(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must be zero or more, not " + limit);
        }

        List<OutboxEntry> entries = new ArrayList<>();
        for (String id : newestIds(limit)) {
            load(id).ifPresent((message) -> entries.add(entry(id, message)));
        }

        return entries;
    }

    /**
     * Reads one mail with its body.
     * @param id the file name without {@code .eml}, as listed
     * @return the mail; empty when there is no such file or the id is not an outbox file
     * name
     */
    public Optional<OutboxMessage> read(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }

        return load(id).map((message) -> message(id, message));
    }

    /**
     * Returns a new file name for a mail written at the given time.
     */
    static String newFileName(Instant time) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

        return TIME.format(time.atOffset(UTC)) + "-" + random + EXTENSION;
    }

    private List<String> newestIds(int limit) {
        if (!Files.isDirectory(this.directory)) {
            return List.of();
        }

        try (Stream<Path> files = Files.list(this.directory)) {
            return files.map((file) -> file.getFileName().toString())
                .filter((name) -> name.endsWith(EXTENSION))
                .map((name) -> name.substring(0, name.length() - EXTENSION.length()))
                .filter((id) -> ID.matcher(id).matches())
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the outbox '" + this.directory + "'", ex);
        }
    }

    private Optional<MimeMessage> load(String id) {
        Path file = file(id);

        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.of(new MimeMessage(this.session, in));
        }
        catch (NoSuchFileException ex) {
            return Optional.empty();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the outbox file '" + file + "'", ex);
        }
        catch (MessagingException ex) {
            throw unreadable(id, ex);
        }
    }

    private OutboxEntry entry(String id, MimeMessage message) {
        try {
            Address[] to = message.getRecipients(RecipientType.TO);
            String recipients = (to != null) ? InternetAddress.toUnicodeString(to) : "";
            String subject = (message.getSubject() != null) ? message.getSubject() : "";

            return new OutboxEntry(id, date(id, message), recipients, subject);
        }
        catch (MessagingException ex) {
            throw unreadable(id, ex);
        }
    }

    private OutboxMessage message(String id, MimeMessage message) {
        OutboxEntry entry = entry(id, message);
        String text = text(id, message);

        return new OutboxMessage(id, entry.date(), entry.to(), entry.subject(), text);
    }

    /**
     * Takes the {@code Date} header, or the time in the file name for a mail written
     * without one.
     */
    private static Instant date(String id, MimeMessage message) throws MessagingException {
        if (message.getSentDate() != null) {
            return message.getSentDate().toInstant();
        }

        String time = id.substring(0, TIME_PATTERN.length());
        return TIME.withZone(UTC).parse(time, Instant::from);
    }

    private String text(String id, MimeMessage message) {
        try {
            if (!(message.getContent() instanceof String text)) {
                String type = message.getContentType();
                throw new IllegalStateException("Not a plain-text mail but '" + type + "': " + id);
            }

            // Mail travels with CRLF line ends; give back the text as it was written.
            return text.replace("\r\n", "\n");
        }
        catch (IOException | MessagingException ex) {
            throw unreadable(id, ex);
        }
    }

    private Path file(String id) {
        return this.directory.resolve(id + EXTENSION);
    }

    private IllegalStateException unreadable(String id, Exception ex) {
        String problem = "The outbox file '" + file(id) + "' is not a valid mail";

        return new IllegalStateException(problem, ex);
    }

}
