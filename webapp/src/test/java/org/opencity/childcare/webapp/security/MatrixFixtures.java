package org.opencity.childcare.webapp.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.webapp.mail.Outbox;
import org.opencity.childcare.webapp.security.AccessPolicy.Resource;
import org.opencity.childcare.webapp.security.AccessPolicy.Role;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people and the resources the matrix requests routes with: member A owns an ad, a
 * conversation (with a third member about that ad) and a saved search; member B owns
 * nothing of A's; an undecided registration with its document, a report and a mail in the
 * outbox wait in the back office, an active member of their own is there for the members'
 * pages and an editor's account for the staff pages. Each role has a session from the
 * real login forms.
 */
final class MatrixFixtures implements AutoCloseable {

    private static final DateTimeFormatter OUTBOX_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
        .withZone(ZoneOffset.UTC);

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private final ConversationService conversations;

    private final SavedSearchService searches;

    private final ReportService reports;

    private final RegistrationInbox inbox;

    private final Outbox outbox;

    private final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);

    private final Map<Resource, String> shared = new EnumMap<>(Resource.class);

    private final List<Path> written = new ArrayList<>();

    private Member owner;

    private Member other;

    private Member writer;

    private final TestStaff staff;

    MatrixFixtures(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.journeys = new Journeys(mvc, context);
        this.ads = context.getBean(AdService.class);
        this.conversations = context.getBean(ConversationService.class);
        this.searches = context.getBean(SavedSearchService.class);
        this.reports = context.getBean(ReportService.class);
        this.inbox = context.getBean(RegistrationInbox.class);
        this.outbox = context.getBean(Outbox.class);
    }

    /** Creates the members, their resources and every role's session. */
    MatrixFixtures setUp() throws Exception {
        this.owner = this.journeys.activeFamily(Applicants.uniqueEmail("matrix-a"), Applicants.GOOD_PASSWORD);
        this.other = this.journeys.activeFamily(Applicants.uniqueEmail("matrix-b"), Applicants.GOOD_PASSWORD);
        // The third member only writes to A, through the service: no password needed.
        String writerEmail = Applicants.uniqueEmail("matrix-d");
        this.journeys.registerFamily(writerEmail);
        this.writer = this.journeys.approve(writerEmail);

        this.sessions.put(Role.OWNER, this.journeys.logIn(this.owner.identifier(), Applicants.GOOD_PASSWORD));
        this.sessions.put(Role.OTHER_MEMBER, this.journeys.logIn(this.other.identifier(), Applicants.GOOD_PASSWORD));
        this.sessions.put(Role.WEBMASTER, this.staff.webmasterSession(this.mvc));
        this.sessions.put(Role.EDITOR, this.staff.editorSession(this.mvc));

        for (Resource resource : Resource.values()) {
            if (resource != Resource.DOCUMENT) {
                this.shared.put(resource, create(resource));
            }
        }
        this.shared.put(Resource.DOCUMENT,
                this.inbox.details(this.shared.get(Resource.REGISTRATION_TASK)).orElseThrow().documents().get(0).id());
        return this;
    }

    /** The role's session; null for an anonymous visitor. */
    @Nullable MockHttpSession session(Role role) {
        return this.sessions.get(role);
    }

    /** The id of the resource shared by the non-destructive checks. */
    String shared(Resource resource) {
        return this.shared.get(resource);
    }

    /** A new resource of that kind, for a request that may change it for good. */
    String fresh(Resource resource) throws Exception {
        return (resource == Resource.DOCUMENT || resource == Resource.OUTBOX_MAIL) ? shared(resource)
                : create(resource);
    }

    private String create(Resource resource) throws Exception {
        return switch (resource) {
            case AD -> ad();
            case CONVERSATION ->
                this.conversations.contact(this.writer.id(), ad(), "Bonjour, votre annonce nous intéresse beaucoup.")
                    .id();
            case SAVED_SEARCH -> this.searches
                .save(this.owner.id(), "quartier=centre", "Matrice " + suffix(), "IMMEDIATE", Locale.FRENCH)
                .id();
            case REGISTRATION_TASK -> registration();
            case REPORT_TASK -> this.reports.reportAd(this.other.id(), ad(), "FRAUD", null).taskId();
            case OUTBOX_MAIL -> outboxMail();
            case MEMBER -> member();
            case STAFF_ACCOUNT -> this.staff.editor().username();
            case DOCUMENT -> throw new IllegalArgumentException("A document comes with its registration");
        };
    }

    /** A published ad of member A's, with a title of its own. */
    private String ad() {
        AdForm form = Ads.sharedCare();
        form.setTitle("Garde partagée " + suffix());
        return this.ads.post(this.owner.id(), form).id();
    }

    /** An approved member who is no one else's fixture. */
    private String member() throws Exception {
        String email = Applicants.uniqueEmail("matrix-member");
        this.journeys.registerFamily(email);
        return this.journeys.approve(email).id();
    }

    private String registration() throws Exception {
        String email = Applicants.uniqueEmail("matrix-applicant");
        this.journeys.registerFamily(email);
        List<RegistrationInbox.Item> tasks = this.journeys.openTasksOf(email);
        assertThat(tasks).as("registration task of " + email).hasSize(1);
        return tasks.get(0).task().id();
    }

    /**
     * A mail written to the outbox as the outbox transport names it (mail goes to the
     * test SMTP server otherwise).
     */
    private String outboxMail() throws IOException, MessagingException {
        Instant now = Instant.now();
        String id = OUTBOX_NAME.format(now) + "-"
                + HexFormat.of().toHexDigits((int) (Math.random() * Integer.MAX_VALUE));
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom("no-reply@localhost");
        mail.setRecipients(Message.RecipientType.TO, "matrix@example.org");
        mail.setSubject("Matrice des autorisations", "UTF-8");
        mail.setText("Bonjour.", "UTF-8");
        mail.setSentDate(Date.from(now));
        mail.saveChanges();
        Path directory = this.outbox.directory();
        Files.createDirectories(directory);
        Path file = directory.resolve(id + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            mail.writeTo(out);
        }
        this.written.add(file);
        return id;
    }

    /** Removes the outbox mail: other tests expect an empty outbox. */
    @Override
    public void close() throws IOException {
        for (Path file : this.written) {
            Files.deleteIfExists(file);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
