package org.opencity.childcare.webapp.backoffice;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.report.ReportCase;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bastien reports Camille's ad, or Camille from their conversation; the report waits in
 * the webmasters' inbox, where a webmaster reads it and decides once: dismissed, or the
 * ad removed for a reason its owner receives by mail.
 */
@ApplicationTest
class ReportsTest {

    private static final String DETAILS = "On me demande un virement avant toute rencontre.";

    private static final String REMOVAL = "L’annonce demande un paiement d’avance, ce que le service interdit.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private final ReportService reports;

    private final RegistrationInbox inbox;

    private final StaffSessions sessions;

    private Member camille;

    private Member bastien;

    private MockHttpSession bastienSession;

    private MockHttpSession webmaster;

    private Ad ad;

    @Autowired
    ReportsTest(MockMvc mvc, ApplicationContext context, AdService ads, ReportService reports,
            RegistrationInbox inbox) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
        this.reports = reports;
        this.inbox = inbox;
        this.sessions = new StaffSessions(mvc, context);
    }

    @BeforeEach
    void anAdAndAMemberWhoReportsIt() throws Exception {
        this.camille = this.journeys.activeFamily(Applicants.uniqueEmail("camille"), Applicants.GOOD_PASSWORD);
        MultiValueMap<String, String> fields = Applicants.family(Applicants.uniqueEmail("bastien"));
        fields.set("firstName", "Bastien");
        fields.set("lastName", "Durand");
        this.bastien = this.journeys.active(fields, Applicants.GOOD_PASSWORD);
        this.bastienSession = this.journeys.logIn(this.bastien.identifier(), Applicants.GOOD_PASSWORD);
        this.webmaster = this.sessions.webmaster();
        AdForm form = Ads.sharedCare();
        form.setTitle("Garde partagée " + UUID.randomUUID().toString().substring(0, 8));
        this.ad = this.ads.post(this.camille.id(), form);
    }

    @Test
    void reportingAnAdShouldOpenAnInboxTaskThatTheWebmasterDismissesOnce() throws Exception {
        String formPage = page(get(reportAdPath()), this.bastienSession);
        assertThat(formPage).contains(this.ad.content().title(), "Arnaque ou tentative de fraude", "Précisions");

        MvcResult sent = this.mvc
            .perform(post(reportAdPath()).param("reason", "FRAUD")
                .param("details", DETAILS)
                .with(csrf())
                .session(this.bastienSession))
            .andReturn();

        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(reportAdPath() + "?envoye");
        assertThat(page(get(reportAdPath() + "?envoye"), this.bastienSession))
            .contains("Merci, votre signalement a été transmis à l’équipe de la ville.");
        String reportPath = "/backoffice/signalements/" + reportTaskOf(this.ad.id()).id();
        assertThat(page(get("/backoffice/taches"), this.webmaster)).contains("href=\"" + reportPath + "\"");
        String report = page(get(reportPath), this.webmaster);
        assertThat(report).contains("Signalement d’une annonce", this.ad.content().title())
            .contains("Camille Martin (identifiant " + this.camille.identifier() + ")")
            .contains("Bastien Durand (identifiant " + this.bastien.identifier() + ")")
            .contains("Arnaque ou tentative de fraude", DETAILS, "en ligne")
            .contains("href=\"/backoffice/annonces/" + this.ad.id() + "\"")
            .contains("Classer sans suite", "Retirer l’annonce", "Signalement reçu");

        MvcResult dismissed = this.mvc
            .perform(post(reportPath + "/classer").param("note", "Acompte légal, vérifié.")
                .with(csrf())
                .session(this.webmaster))
            .andReturn();

        assertThat(dismissed.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(page(get("/backoffice/taches"), this.webmaster)).doesNotContain(reportPath);
        assertThat(page(get(reportPath), this.webmaster))
            .contains("Classé sans suite par " + this.sessions.webmasterSignature() + " le ", "Acompte légal, vérifié.")
            .doesNotContain("/classer\"");
        MvcResult second = this.mvc.perform(post(reportPath + "/classer").with(csrf()).session(this.webmaster))
            .andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(reportPath);
        assertThat(second.getFlashMap().get("error")).asString().contains("Ce signalement a déjà été traité");
        assertThat(this.ads.getOwn(this.camille.id(), this.ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
    }

    @Test
    void reportingTheSameAdTwiceShouldSayItIsAlreadyInHand() throws Exception {
        reportAd("FRAUD");

        MockHttpServletResponse again = this.mvc
            .perform(post(reportAdPath()).param("reason", "OTHER").with(csrf()).session(this.bastienSession))
            .andReturn()
            .getResponse();

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("Vous avez déjà signalé cette annonce");
        assertThat(page(get(reportAdPath()), this.bastienSession)).contains("Vous avez déjà signalé cette annonce")
            .doesNotContain("Envoyer le signalement");
    }

    @Test
    void reportWithoutAReasonShouldBeShownAgainWithTheErrorAndTheDetailsKept() throws Exception {
        MockHttpServletResponse response = this.mvc
            .perform(post(reportAdPath()).param("details", DETAILS).with(csrf()).session(this.bastienSession))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(response.getContentAsString(), "f-reason"))
            .hasValue("Choisissez la raison de votre signalement.");
        assertThat(response.getContentAsString()).contains(DETAILS);
        assertThat(this.inbox.openTasks())
            .noneMatch((item) -> item.task().type() == TaskType.REPORT && this.reports.findByTask(item.task().id())
                .map((found) -> found.report().subjectId().equals(this.ad.id()))
                .orElse(false));
    }

    @Test
    void reportingOnesOwnAdShouldBeRefused() throws Exception {
        MockHttpSession camilleSession = this.journeys.logIn(this.camille.identifier(), Applicants.GOOD_PASSWORD);

        MockHttpServletResponse response = this.mvc.perform(get(reportAdPath()).session(camilleSession))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("Cette annonce est la vôtre");
    }

    @Test
    void removingTheReportedAdShouldNeedAReasonThenMailTheOwner() throws Exception {
        reportAd("FRAUD");
        String reportPath = "/backoffice/signalements/" + reportTaskOf(this.ad.id()).id();

        MockHttpServletResponse missing = this.mvc
            .perform(post(reportPath + "/retirer-annonce").param("reason", " ").with(csrf()).session(this.webmaster))
            .andReturn()
            .getResponse();

        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(missing.getContentAsString(), "f-reason"))
            .hasValue("Indiquez le motif du retrait : il est envoyé à l’auteur de l’annonce.");
        assertThat(this.ads.getOwn(this.camille.id(), this.ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);

        MvcResult removed = this.mvc
            .perform(
                    post(reportPath + "/retirer-annonce").param("reason", REMOVAL).with(csrf()).session(this.webmaster))
            .andReturn();

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(this.ads.getOwn(this.camille.id(), this.ad.id()).status()).isEqualTo(AdStatus.REMOVED);
        MimeMessage mail = TestMailServer.lastTo(this.camille.profile().email());
        assertThat(TestMailServer.body(mail)).contains(REMOVAL, this.ad.content().title())
            .doesNotContain(this.bastien.profile().email());
        assertThat(page(get(reportPath), this.webmaster))
            .contains("Annonce retirée par " + this.sessions.webmasterSignature() + " le ");
    }

    @Test
    void reportingTheOtherMemberOfAConversationShouldReachTheInbox() throws Exception {
        MvcResult contact = this.mvc
            .perform(post("/services-en-ligne/garde-d-enfant/annonces/" + this.ad.id() + "/contacter")
                .param("message", "Bonjour, envoyez-moi vos coordonnées bancaires.")
                .with(csrf())
                .session(this.bastienSession))
            .andReturn();
        String conversation = contact.getResponse().getRedirectedUrl().replaceFirst("\\?.*$", "");
        MockHttpSession camilleSession = this.journeys.logIn(this.camille.identifier(), Applicants.GOOD_PASSWORD);

        assertThat(page(get(conversation + "/signaler"), camilleSession)).contains("Signaler Bastien");
        MvcResult sent = this.mvc
            .perform(post(conversation + "/signaler").param("reason", "FRAUD").with(csrf()).session(camilleSession))
            .andReturn();

        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(conversation + "?signale");
        assertThat(page(get(conversation + "?signale"), camilleSession))
            .contains("Merci, votre signalement a été transmis à l’équipe de la ville.");
        String reportPath = "/backoffice/signalements/" + reportTaskOf(this.bastien.id()).id();
        assertThat(page(get(reportPath), this.webmaster)).contains("Signalement d’un membre")
            .contains("Bastien Durand (identifiant " + this.bastien.identifier() + ")", "actif")
            .contains("Camille Martin (identifiant " + this.camille.identifier() + ")")
            .doesNotContain("Retirer l’annonce");
    }

    @Test
    void reportPagesShouldBeForWebmastersOnly() throws Exception {
        reportAd("UNSAFE");
        String reportPath = "/backoffice/signalements/" + reportTaskOf(this.ad.id()).id();

        assertThat(status(get(reportPath), this.sessions.editor())).isEqualTo(403);
        assertThat(status(get(reportPath), this.bastienSession)).isEqualTo(403);
        assertThat(status(get("/backoffice/signalements/" + UUID.randomUUID()), this.webmaster)).isEqualTo(404);
        assertThat(status(get("/backoffice/signalements/pas-un-signalement"), this.webmaster)).isEqualTo(404);
    }

    private void reportAd(String reason) throws Exception {
        MvcResult sent = this.mvc
            .perform(post(reportAdPath()).param("reason", reason).with(csrf()).session(this.bastienSession))
            .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(reportAdPath() + "?envoye");
    }

    /** The open report task about the ad or member {@code subjectId}. */
    private Task reportTaskOf(String subjectId) {
        return this.inbox.openTasks()
            .stream()
            .map(RegistrationInbox.Item::task)
            .filter((task) -> task.type() == TaskType.REPORT)
            .filter((task) -> this.reports.findByTask(task.id())
                .map(ReportCase::report)
                .filter((report) -> report.subjectId().equals(subjectId))
                .isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError("No open report about " + subjectId));
    }

    private String reportAdPath() {
        return "/services-en-ligne/garde-d-enfant/annonces/" + this.ad.id() + "/signaler";
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString();
    }

}
