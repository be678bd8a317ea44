package org.opencity.childcare.webapp.crash;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.webapp.crash.Visitor.Page;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.Html;

/**
 * What residents and the webmaster do on the host, over HTTP only: apply, approve,
 * activate from the mailed link, log in, post an ad, write about an ad; and what they see
 * afterwards: the inbox, the search results, a conversation.
 */
final class Site {

    static final String WEBMASTER = "webmaster";

    private static final String STAFF_LOGIN = "/backoffice/connexion";

    private static final String INBOX = "/backoffice/taches";

    private static final Pattern AD_PUBLISHED = Pattern.compile(Pattern.quote(SitePaths.ADS) + "/([^/?]+)\\?publiee");

    private static final Pattern CONVERSATION = Pattern
        .compile(Pattern.quote(SitePaths.CONVERSATIONS) + "/([^/?]+)\\?envoye");

    private static final Pattern RESULT_COUNT = Pattern.compile("<h2 id=\"results-title\"[^>]*>(.*?)</h2>",
            Pattern.DOTALL);

    private static final Pattern ACTIVATION_LINK = Pattern
        .compile("https?://\\S*" + Pattern.quote(SitePaths.ACTIVATION) + "\\?\\S+");

    /**
     * The smallest proof of address the registration form accepts: a real PDF signature.
     */
    private static final byte[] PROOF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern SECRET = Pattern.compile("<p class=\"secret\"><code>([A-Z2-7 ]+)</code>");

    private final URI base;

    private final Path outbox;

    private final Authenticator authenticator;

    Site(URI base, Path dataDir, Authenticator authenticator) {
        this.base = base;
        this.outbox = dataDir.resolve("outbox");
        this.authenticator = authenticator;
    }

    /** A new browser, with no session yet. */
    Visitor visitor() {
        return new Visitor(this.base);
    }

    /** Opens the registration form, for a visitor about to apply. */
    void openRegistration(Visitor visitor) throws IOException, InterruptedException {
        expect(visitor.get(SitePaths.REGISTER), 200);
    }

    /**
     * Camille applies as a family under {@code lastName} with a proof of address; the
     * answer is the page the form leads to.
     */
    Page register(Visitor visitor, String email, String lastName) throws IOException, InterruptedException {
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.set("lastName", lastName);
        return visitor.postMultipart(SitePaths.REGISTER, fields, "documents", "justificatif-domicile.pdf",
                "application/pdf", PROOF);
    }

    /** Whether the registration form led to its confirmation page. */
    static boolean registered(Page page) {
        return page.status() == 302 && SitePaths.REGISTERED.equals(page.location());
    }

    /**
     * The webmaster logs in to the back office: password, then a code from their
     * authenticator, which the first login pairs with the account.
     */
    Visitor webmaster() throws IOException, InterruptedException {
        Visitor staff = visitor();
        expect(staff.get(STAFF_LOGIN), 200);
        Page password = staff.post(STAFF_LOGIN,
                Map.of("username", List.of(WEBMASTER), "password", List.of(HostProcess.STAFF_PASSWORD)));
        String secondStep = this.authenticator.paired() ? SecondFactorLogins.CODE_PAGE
                : SecondFactorLogins.ENROLMENT_PAGE;
        if (!password.redirectsTo(secondStep)) {
            throw new AssertionError("Staff password step failed: " + password.describe());
        }
        Page form = expect(staff.get(secondStep), 200);
        if (!this.authenticator.paired()) {
            Matcher secret = SECRET.matcher(form.body());
            if (!secret.find()) {
                throw new AssertionError("No secret on the enrolment page: " + form.describe());
            }
            this.authenticator.pair(secret.group(1));
        }
        Page loggedIn = staff.post(secondStep, Map.of("code", List.of(this.authenticator.code())));
        if (loggedIn.status() != 302 || loggedIn.location() == null || loggedIn.location().startsWith(STAFF_LOGIN)) {
            throw new AssertionError("Staff code step failed: " + loggedIn.describe());
        }
        return staff;
    }

    /** The text of the webmaster's inbox: one line per open task, named after it. */
    String inbox(Visitor staff) throws IOException, InterruptedException {
        return Html.text(expect(staff.get(INBOX), 200).body());
    }

    /** The webmaster approves the application whose inbox line names {@code name}. */
    void approve(Visitor staff, String name) throws IOException, InterruptedException {
        Page inbox = expect(staff.get(INBOX), 200);
        Matcher task = Pattern.compile("href=\"(" + INBOX + "/[^\"]+)\">[^<]*\\b" + name + "\\b").matcher(inbox.body());
        if (!task.find()) {
            throw new AssertionError("No inbox task names " + name + ": " + inbox.describe());
        }
        expect(staff.get(task.group(1)), 200);
        Page approved = staff.post(task.group(1) + "/valider", Map.of("checks", List.of("address")));
        if (!approved.redirectsTo(INBOX)) {
            throw new AssertionError("Approval failed: " + approved.describe());
        }
    }

    /** The member chooses {@code password} from the activation link mailed to them. */
    void activate(String email, String password) throws IOException, InterruptedException {
        URI link = URI.create(activationLink(email));
        Visitor visitor = visitor();
        Page form = expect(visitor.get(link.getRawPath() + "?" + link.getRawQuery()), 200);
        String token = Html.inputValue(form.body(), "jeton")
            .orElseThrow(() -> new AssertionError("No token in " + form.describe()));
        Page chosen = visitor.post(SitePaths.ACTIVATION,
                Map.of("jeton", List.of(token), "password", List.of(password), "confirmation", List.of(password)));
        if (!chosen.redirectsTo(SitePaths.LOGIN)) {
            throw new AssertionError("Activation failed: " + chosen.describe());
        }
    }

    /**
     * The member logs in; the returned browser holds their session and the token of the
     * new-ad form.
     */
    Visitor member(String email, String password) throws IOException, InterruptedException {
        Visitor member = visitor();
        expect(member.get(SitePaths.LOGIN), 200);
        Page loggedIn = member.post(SitePaths.LOGIN, Map.of("login", List.of(email), "password", List.of(password)));
        if (!loggedIn.redirectsTo(SitePaths.ACCOUNT)) {
            throw new AssertionError("Member login failed for " + email + ": " + loggedIn.describe());
        }
        expect(member.get(SitePaths.NEW_AD), 200);
        return member;
    }

    /** The member posts Camille's shared-care ad, its title ending with {@code word}. */
    Page postAd(Visitor member, String word) throws IOException, InterruptedException {
        AdForm form = Ads.sharedCare();
        form.setTitle(Ads.SHARED_CARE_TITLE + " " + word);
        return member.post(SitePaths.NEW_AD, Ads.fields(form));
    }

    /** The published ad's id, if the ad form led to the published ad. */
    static Optional<String> publishedAd(Page page) {
        return idIn(page, AD_PUBLISHED);
    }

    /** The member writes about an ad; the message holds {@code word}. */
    Page contact(Visitor member, String adId, String word) throws IOException, InterruptedException {
        String message = "Bonjour, nous serions intéressés (" + word + "), pouvons-nous en parler ?";
        return member.post(SitePaths.ADS + "/" + adId + "/contacter", Map.of("message", List.of(message)));
    }

    /** The conversation's id, if the contact form led to the conversation. */
    static Optional<String> conversation(Page page) {
        return idIn(page, CONVERSATION);
    }

    /**
     * Searches the ads for {@code word}: how many ads the page says match, and whether
     * the ad {@code adId} is among them.
     */
    SearchResult search(Visitor member, String word, String adId) throws IOException, InterruptedException {
        Page results = expect(member.get(SitePaths.ADS + "?q=" + word), 200);
        Matcher heading = RESULT_COUNT.matcher(results.body());
        if (!heading.find()) {
            throw new AssertionError("No result count on " + results.describe());
        }
        String count = Html.text(heading.group(1));
        Matcher number = Pattern.compile("(\\d+) annonces?").matcher(count);
        int total = number.find() ? Integer.parseInt(number.group(1)) : 0;
        if (total == 0 && !count.startsWith("Aucune")) {
            throw new AssertionError("Unexpected result count '" + count + "'");
        }
        return new SearchResult(total, results.body().contains(SitePaths.ADS + "/" + adId + "\""));
    }

    /** The text of a conversation as one of its two members sees it. */
    String conversationText(Visitor member, String conversationId) throws IOException, InterruptedException {
        return Html.text(expect(member.get(SitePaths.CONVERSATIONS + "/" + conversationId), 200).body());
    }

    /** How many times {@code word} appears as a word of {@code text}. */
    static int occurrences(String text, String word) {
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The section page a resident opens first. */
    Page sectionPage() throws IOException, InterruptedException {
        return visitor().get(SitePaths.SECTION);
    }

    private String activationLink(String email) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            for (String text : mailsTo(email)) {
                Matcher link = ACTIVATION_LINK.matcher(text);
                if (link.find()) {
                    return link.group();
                }
            }
            Thread.sleep(100);
        }
        while (System.nanoTime() < deadline);
        throw new AssertionError("No activation mail to " + email + " in " + this.outbox);
    }

    private List<String> mailsTo(String email) throws IOException {
        if (!Files.isDirectory(this.outbox)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(this.outbox)) {
            for (Path file : files.filter((path) -> path.getFileName().toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                    String to = String.valueOf(List.of(mail.getRecipients(Message.RecipientType.TO)));
                    if (to.contains(email)) {
                        texts.add(text(mail.getContent()));
                    }
                }
                catch (MessagingException ex) {
                    throw new IOException("Cannot read the mail " + file, ex);
                }
            }
        }
        return texts;
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                text.append(text(part.getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static Optional<String> idIn(Page page, Pattern pattern) {
        if (page.status() != 302 || page.location() == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(page.location());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Page expect(Page page, int status) {
        if (page.status() != status) {
            throw new AssertionError("Expected " + status + ": " + page.describe());
        }
        return page;
    }

    /**
     * What a search showed.
     *
     * @param total the number of matching ads the page announces
     * @param showsAd whether the ad looked for is among the results
     */
    record SearchResult(int total, boolean showsAd) {

    }

}
