package org.opencity.childcare.webapp.site;

import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every mail of the registration journey as it arrives over SMTP: who gets it, from whom,
 * what it says in French, and where its link leads.
 */
@ApplicationTest
class MailsTest {

    /**
     * The service's public address ({@code childcare.public-url}) with the section path.
     */
    private static final String PUBLIC_SECTION = "http://localhost:8080" + SitePaths.SECTION;

    private static final String RECEIVED = "Garde d’enfant : nous avons bien reçu votre demande d’inscription";

    private static final String DUPLICATE = "Garde d’enfant : une demande d’inscription avec votre adresse";

    private static final String APPROVED = "Garde d’enfant : votre inscription est validée";

    private static final String NO_NEW_ACCOUNT = "aucun nouveau compte n’a été créé";

    private static final String REJECTED_TEXT = "votre demande d’inscription n’a pas pu être validée";

    private static final String REJECTED = "Garde d’enfant : " + REJECTED_TEXT;

    private static final String RESET = "Garde d’enfant : choisir un nouveau mot de passe";

    private static final String CHANGED = "Garde d’enfant : votre mot de passe a été modifié";

    private static final String SENDER = "no-reply@localhost";

    private static final String SENDER_NAME = "Garde d’enfant";

    private final MockMvc mvc;

    private final Journeys journeys;

    @Autowired
    MailsTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
    }

    @Test
    void registerShouldAcknowledgeTheApplicationToTheApplicant() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        this.journeys.registerFamily(email);

        MimeMessage mail = onlyMailTo(email);
        assertThat(mail.getSubject()).isEqualTo(RECEIVED);
        assertThat(text(mail)).startsWith("Bonjour Camille,")
            .contains("Nous avons bien reçu votre demande d’inscription")
            .contains("Un agent de la ville va vérifier votre demande");
        assertWellFormed(mail, email);
    }

    @Test
    void registerWhenAddressIsKnownShouldWarnItsOwnerWithLinksToLoginAndReset() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        this.journeys.registerFamily(email);

        this.journeys.registerFamily(email);

        MimeMessage mail = TestMailServer.lastTo(email);
        String body = text(mail);
        assertThat(TestMailServer.to(email)).hasSize(2);
        assertThat(mail.getSubject()).isEqualTo(DUPLICATE);
        assertThat(body).startsWith("Bonjour,").contains(NO_NEW_ACCOUNT).doesNotContain("Camille");
        assertThat(TestMailServer.link(mail, "/connexion")).isEqualTo(PUBLIC_SECTION + "/connexion");
        assertThat(TestMailServer.link(mail, "/mot-de-passe-oublie"))
            .isEqualTo(PUBLIC_SECTION + "/mot-de-passe-oublie");
        assertWellFormed(mail, email);
    }

    @Test
    void approveShouldSendTheIdentifierAndAnActivationLinkToThePublicAddress() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        this.journeys.registerFamily(email);

        Member approved = this.journeys.approve(email);

        MimeMessage mail = TestMailServer.lastTo(email);
        String body = text(mail);
        assertThat(mail.getSubject()).isEqualTo(APPROVED);
        assertThat(body).contains("Votre identifiant de connexion : " + approved.identifier())
            .contains("valable 72 heures")
            .contains("Ce lien ne sert qu’une fois");
        assertThat(TestMailServer.link(mail, "/activation"))
            .matches(PUBLIC_SECTION.replace(".", "\\.") + "/activation\\?jeton=[A-Za-z0-9_-]{43}");
        assertWellFormed(mail, email);
    }

    @Test
    void rejectShouldGiveTheApplicantTheWebmastersReason() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        this.journeys.registerFamily(email);
        String reason = "Le justificatif de domicile date de plus de 3 mois.";

        this.journeys.reject(email, reason);

        MimeMessage mail = TestMailServer.lastTo(email);
        assertThat(mail.getSubject()).isEqualTo(REJECTED);
        assertThat(text(mail)).contains("pour la raison suivante :\n\n" + reason)
            .contains("Vos justificatifs ont été supprimés");
        assertWellFormed(mail, email);
    }

    @Test
    void forgottenPasswordShouldMailAResetLinkWithTheIdentifier() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member member = this.journeys.activeFamily(email, Applicants.GOOD_PASSWORD);

        this.mvc.perform(post(SitePaths.FORGOTTEN_PASSWORD).param("login", member.identifier()).with(csrf()));

        MimeMessage mail = TestMailServer.lastTo(email);
        assertThat(mail.getSubject()).isEqualTo(RESET);
        assertThat(text(mail)).contains("Pour rappel, votre identifiant de connexion : " + member.identifier())
            .contains("Si vous n’avez rien demandé, ignorez ce courriel");
        assertThat(TestMailServer.link(mail, "/nouveau-mot-de-passe"))
            .matches(PUBLIC_SECTION.replace(".", "\\.") + "/nouveau-mot-de-passe\\?jeton=[A-Za-z0-9_-]{43}");
        assertWellFormed(mail, email);
    }

    @Test
    void choosePasswordShouldConfirmTheChangeWithAWayOutIfItWasNotTheMember() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        this.journeys.activeFamily(email, Applicants.GOOD_PASSWORD);

        List<MimeMessage> mails = TestMailServer.to(email);
        MimeMessage mail = mails.get(mails.size() - 1);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(RECEIVED, APPROVED, CHANGED);
        assertThat(text(mail)).contains("Le mot de passe de votre compte vient d’être choisi")
            .doesNotContain(Applicants.GOOD_PASSWORD);
        assertThat(TestMailServer.link(mail, "/mot-de-passe-oublie"))
            .isEqualTo(PUBLIC_SECTION + "/mot-de-passe-oublie");
        assertWellFormed(mail, email);
    }

    /** The body with the line breaks a reader sees, whatever SMTP made of them. */
    private static String text(MimeMessage mail) {
        return TestMailServer.body(mail).replace("\r\n", "\n");
    }

    private static MimeMessage onlyMailTo(String email) {
        List<MimeMessage> mails = TestMailServer.to(email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /**
     * One recipient, the service's sender, the signature and no text left untranslated.
     */
    private static void assertWellFormed(MimeMessage mail, String recipient) throws Exception {
        Address[] from = mail.getFrom();
        assertThat(from).hasSize(1);
        assertThat(((InternetAddress) from[0]).getAddress()).isEqualTo(SENDER);
        assertThat(((InternetAddress) from[0]).getPersonal()).isEqualTo(SENDER_NAME);
        assertThat(mail.getAllRecipients()).extracting(Address::toString).containsExactly(recipient);
        String body = text(mail);
        assertThat(body).doesNotContain("[childcare.")
            .doesNotContain("${")
            .contains("Le service Garde d’enfant")
            .contains(PUBLIC_SECTION)
            .contains("merci de ne pas y répondre");
    }

}
