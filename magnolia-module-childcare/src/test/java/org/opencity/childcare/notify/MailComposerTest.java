package org.opencity.childcare.notify;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencity.childcare.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MailComposer} with every mail template of {@code childcare/mail/}:
 * each mail reads as finished text in both languages.
 */
class MailComposerTest {

    private static final String MAIL_FOLDER = "childcare/mail";

    private static final Pattern INCLUDE = Pattern.compile("\\[#include \"/childcare/mail/([^\"]+)\\.ftl\"\\]");

    /** A straight apostrophe between two letters, where French typography wants ’. */
    private static final Pattern STRAIGHT_APOSTROPHE_IN_WORD = Pattern.compile("\\p{L}'\\p{L}");

    /** Every value any mail template shows, as the services pass them. */
    private static final Map<String, Object> VALUES = Map.ofEntries(Map.entry("firstName", "Camille"),
            Map.entry("identifier", "K7QM-2XPA"),
            Map.entry("activationUrl", "https://ville.example/activation?jeton=abc"),
            Map.entry("resetUrl", "https://ville.example/nouveau-mot-de-passe?jeton=def"),
            Map.entry("forgottenUrl", "https://ville.example/mot-de-passe-oublie"),
            Map.entry("loginUrl", "https://ville.example/connexion"),
            Map.entry("reason", "Le justificatif de domicile date de plus de trois mois."),
            Map.entry("validityHours", 72L), Map.entry("title", "Garde partagée près de l’école"),
            Map.entry("expiryDate", "9 avril 2026"), Map.entry("expiryTime", "09:30"),
            Map.entry("renewUrl", "https://ville.example/annonces/renouveler?jeton=ghi"),
            Map.entry("adUrl", "https://ville.example/annonces/42"), Map.entry("validityDays", 7L),
            Map.entry("lifetimeDays", 30L), Map.entry("senderName", "Nadia"),
            Map.entry("senderIdentifier", "B4TR-9KLM"),
            Map.entry("conversationUrl", "https://ville.example/mon-compte/messages/7f3c"),
            Map.entry("searchName", "Garde partagée au centre"),
            Map.entry("description", "Garde partagée · Centre-ville"), Map.entry("count", 21),
            Map.entry("ads",
                    List.of(Map.of("title", "Garde partagée près de l’école", "neighbourhood", "Centre-ville", "url",
                            "https://ville.example/annonces/42"))),
            Map.entry("more", 1), Map.entry("searchUrl", "https://ville.example/annonces?garde=SHARED"),
            Map.entry("manageUrl", "https://ville.example/mon-compte/recherches"),
            Map.entry("unsubscribeUrl", "https://ville.example/alertes/arret?jeton=s1.k2"),
            Map.entry("deletionDate", "9 avril 2026"), Map.entry("newEmail", "camille.durand@example.fr"),
            Map.entry("confirmUrl", "https://ville.example/mon-compte/adresse-electronique/confirmation?jeton=jkl"));

    private final MailComposer composer = new MailComposer(Messages.module(), RecordingMailTransport.SITE);

    static Stream<Arguments> mailsInEachLanguage() throws IOException {
        List<Arguments> arguments = new ArrayList<>();
        for (String template : mailTemplates()) {
            for (Locale locale : Messages.SUPPORTED) {
                arguments.add(Arguments.of(template, locale));
            }
        }
        return arguments.stream();
    }

    @Test
    void mailFolderShouldHoldTheMailsTheServicesSend() throws IOException {
        assertThat(mailTemplates()).contains("registrationReceived", "registrationDuplicate", "registrationApproved",
                "registrationRejected", "passwordReset", "passwordChanged", "adReminder", "adRemoved",
                "adReviewRejected", "adPublished", "emailChangeConfirmation", "emailChangeRequested", "emailChanged",
                "memberSuspended", "memberReactivated");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("mailsInEachLanguage")
    void composeShouldWriteAFinishedMailWithTheServiceNameInItsSubject(String template, Locale locale) {
        OutgoingMail mail = this.composer.compose(template, "camille.martin@example.fr", locale, VALUES);

        assertThat(mail.to()).isEqualTo("camille.martin@example.fr");
        assertThat(mail.subject()).contains(RecordingMailTransport.SERVICE_NAME).doesNotContain("[");
        assertThat(mail.text()).doesNotContain("[")
            .doesNotContain("${")
            .contains(RecordingMailTransport.SITE.get("url").toString())
            .contains(Messages.module().get("childcare.mail.signature", locale));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mailNames")
    void composeInFrenchShouldUseTheTypographicApostrophe(String template) {
        OutgoingMail mail = this.composer.compose(template, "camille.martin@example.fr", Locale.FRENCH, VALUES);

        assertThat(STRAIGHT_APOSTROPHE_IN_WORD.matcher(mail.subject()).find()).as(mail.subject()).isFalse();
        assertThat(STRAIGHT_APOSTROPHE_IN_WORD.matcher(mail.text()).results().map(MatchResult::group).toList())
            .as("straight apostrophes in %s", template)
            .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mailNames")
    void composeInEnglishShouldNotSendTheFrenchText(String template) {
        OutgoingMail french = this.composer.compose(template, "camille.martin@example.fr", Locale.FRENCH, VALUES);

        OutgoingMail english = this.composer.compose(template, "camille.martin@example.fr", Locale.ENGLISH, VALUES);

        assertThat(english.subject()).isNotEqualTo(french.subject());
        assertThat(english.text()).isNotEqualTo(french.text());
    }

    @Test
    void composeShouldShowTheValuesItWasGiven() {
        OutgoingMail mail = this.composer.compose("registrationApproved", "camille.martin@example.fr", Locale.FRENCH,
                VALUES);

        assertThat(mail.text()).contains("Bonjour Camille,")
            .contains("K7QM-2XPA")
            .contains("https://ville.example/activation?jeton=abc")
            .contains("72 heures");
    }

    static Stream<String> mailNames() throws IOException {
        return mailTemplates().stream();
    }

    /**
     * The templates in the mail folder that are mails of their own, leaving out the
     * fragments (such as the signature) that mails include.
     */
    private static List<String> mailTemplates() throws IOException {
        Path folder = mailFolder();
        List<String> names = new ArrayList<>();
        List<String> included = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(".ftl")).sorted().toList()) {
                names.add(file.getFileName().toString().replaceFirst("\\.ftl$", ""));
                Matcher include = INCLUDE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (include.find()) {
                    included.add(include.group(1));
                }
            }
        }
        names.removeAll(included);
        return names;
    }

    private static Path mailFolder() {
        URL url = Objects.requireNonNull(MailComposerTest.class.getClassLoader().getResource(MAIL_FOLDER),
                MAIL_FOLDER + " is not on the classpath");
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException("Not a file address: " + url, ex);
        }
    }

}
