package org.opencity.childcare.webapp.backoffice;

import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
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
 * With pre-moderation on, a new ad waits in the inbox: a webmaster reads it as members
 * would, then publishes it or refuses it for a reason its owner receives by mail. This
 * switch needs an application of its own (one more context than the other tests).
 */
@ApplicationTest
@TestPropertySource(properties = "childcare.ads.pre-moderation=true")
class AdReviewTest {

    private static final String ALREADY_DECIDED = "Cette demande a déjà été traitée";

    private static final String REASON = "Le texte donne votre adresse : indiquez seulement le quartier.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private final RegistrationInbox inbox;

    private final JcrTemplate jcr;

    private final StaffSessions sessions;

    private MockHttpSession webmaster;

    @Autowired
    AdReviewTest(MockMvc mvc, ApplicationContext context, AdService ads, RegistrationInbox inbox, JcrTemplate jcr) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
        this.inbox = inbox;
        this.jcr = jcr;
        this.sessions = new StaffSessions(mvc, context);
    }

    @BeforeEach
    void logIn() throws Exception {
        this.webmaster = this.sessions.webmaster();
    }

    @Test
    void inboxShouldListTheAdToReviewWithItsTitleAndOwner() throws Exception {
        Review review = submit("Garde partagée à relire " + AdsAdministrationTest.uniqueWord());

        String page = page(get("/backoffice/taches"));

        assertThat(page)
            .contains("href=\"" + review.taskPath() + "\">« " + review.title() + " » – " + review.owner().identifier()
                    + "</a>")
            .contains("Annonce à relire", "Famille avec nounou cherche une seconde famille", "Centre-ville")
            .contains("Camille M. (" + review.owner().identifier() + ")");
    }

    @Test
    void taskPageShouldShowTheAdAsMembersWillSeeItAndItsOwner() throws Exception {
        Review review = submit("Garde partagée <b>Jules-Ferry</b> " + AdsAdministrationTest.uniqueWord());

        String page = page(get(review.taskPath()));

        assertThat(page).contains("Annonce à relire : « Garde partagée &lt;b&gt;Jules-Ferry&lt;/b&gt;")
            .doesNotContain("<b>Jules-Ferry</b>")
            .contains("Famille avec nounou cherche une seconde famille", "Garde partagée", "Centre-ville")
            .contains("1 an", "lundi : après-midi", "mardi : après-midi", "En alternance", "11,50")
            .contains("français", "anglais", "Nous cherchons une famille pour partager notre nounou")
            .contains(review.owner().identifier(), "Camille Martin", "vérifiée par Webmestre (webmaster)")
            .contains("Je prends cette demande", "Publier l’annonce", "Refuser l’annonce", "Motif du refus")
            .contains("Annonce envoyée pour relecture");
    }

    @Test
    void approveShouldPublishTheAdAndTakeItOutOfTheInbox() throws Exception {
        Review review = submit("Garde à publier " + AdsAdministrationTest.uniqueWord());

        MvcResult approved = decide(review, "/valider", null);

        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(approved.getFlashMap().get("notice")).isEqualTo("Annonce « " + review.title() + " » publiée.");
        Ad ad = this.ads.getOwn(review.owner().id(), review.adId());
        assertThat(ad.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(ad.expiresAt()).isAfter(Instant.now());
        assertThat(page(get("/backoffice/taches"))).doesNotContain(review.taskPath());
        assertThat(page(get(review.taskPath()))).contains("Publiée par " + this.sessions.webmasterSignature() + " le ")
            .contains("Annonce publiée après relecture")
            .doesNotContain("/valider", "/refuser", "/prendre");
    }

    @Test
    void rejectShouldMailTheReasonToTheOwner() throws Exception {
        Review review = submit("Garde à refuser " + AdsAdministrationTest.uniqueWord());

        MvcResult rejected = decide(review, "/refuser", REASON);

        assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(rejected.getFlashMap().get("notice"))
            .isEqualTo("Annonce « " + review.title() + " » refusée : le motif a été envoyé à son auteur par courriel.");
        assertThat(this.ads.getOwn(review.owner().id(), review.adId()).status()).isEqualTo(AdStatus.REJECTED);
        MimeMessage mail = TestMailServer.lastTo(review.owner().profile().email());
        assertThat(mail.getSubject()).contains("votre annonce n’a pas été publiée");
        assertThat(TestMailServer.body(mail)).contains(review.title(), REASON);
        assertThat(page(get(review.taskPath()))).contains("Refusée par " + this.sessions.webmasterSignature() + " le ",
                REASON);
    }

    @Test
    void rejectWithoutReasonShouldAskForOneAndKeepTheAdWaiting() throws Exception {
        Review review = submit("Garde sans motif " + AdsAdministrationTest.uniqueWord());
        int mails = TestMailServer.to(review.owner().profile().email()).size();

        MockHttpServletResponse response = decide(review, "/refuser", "  ").getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(response.getContentAsString(), "f-reason"))
            .contains("Indiquez le motif : il est envoyé à l’auteur de l’annonce.");
        assertThat(response.getContentAsString()).contains(review.title(), "Publier l’annonce");
        assertThat(this.ads.getOwn(review.owner().id(), review.adId()).status()).isEqualTo(AdStatus.PENDING_REVIEW);
        assertThat(TestMailServer.to(review.owner().profile().email())).hasSize(mails);
    }

    @Test
    void secondDecisionShouldBeRefusedWithoutChangingTheFirst() throws Exception {
        Review review = submit("Garde décidée deux fois " + AdsAdministrationTest.uniqueWord());
        decide(review, "/valider", null);
        int mails = TestMailServer.to(review.owner().profile().email()).size();

        MvcResult second = decide(review, "/refuser", REASON);

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(review.taskPath());
        assertThat((String) second.getFlashMap().get("error")).contains(ALREADY_DECIDED);
        assertThat(this.ads.getOwn(review.owner().id(), review.adId()).status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(TestMailServer.to(review.owner().profile().email())).hasSize(mails);
        String page = page(get(review.taskPath()).flashAttr("error", second.getFlashMap().get("error")));
        assertThat(page).contains(ALREADY_DECIDED, "Publiée par " + this.sessions.webmasterSignature());
    }

    @Test
    void claimShouldShowWhoTookTheAd() throws Exception {
        Review review = submit("Garde prise en charge " + AdsAdministrationTest.uniqueWord());

        MvcResult claimed = this.mvc.perform(post(review.taskPath() + "/prendre").with(csrf()).session(this.webmaster))
            .andReturn();

        assertThat(claimed.getResponse().getRedirectedUrl()).isEqualTo(review.taskPath());
        assertThat(page(get(review.taskPath()))).contains("Vous avez pris cette demande")
            .doesNotContain("Je prends cette demande");
    }

    @Test
    void withdrawWhileWaitingShouldTakeTheAdOutOfTheInbox() throws Exception {
        Review review = submit("Garde retirée avant relecture " + AdsAdministrationTest.uniqueWord());

        this.ads.withdraw(review.owner().id(), review.adId());

        assertThat(page(get("/backoffice/taches"))).doesNotContain(review.taskPath());
        assertThat(page(get(review.taskPath()))).contains("L’auteur a retiré son annonce le ")
            .contains("Relecture annulée : l’annonce a été retirée")
            .doesNotContain("/valider", "/refuser");
        assertThat(status(post(review.taskPath() + "/valider").with(csrf()))).isEqualTo(302);
        assertThat(this.ads.getOwn(review.owner().id(), review.adId()).status()).isEqualTo(AdStatus.WITHDRAWN);
    }

    @Test
    void adPageWhileWaitingShouldLeadToTheReviewAndOfferNoRemoval() throws Exception {
        Review review = submit("Garde en attente " + AdsAdministrationTest.uniqueWord());

        String page = page(get("/backoffice/annonces/" + review.adId()));

        assertThat(page).contains("Statut : en attente de relecture", "href=\"" + review.taskPath() + "\"")
            .contains("Cette annonce n’est pas en ligne : il n’y a rien à retirer.")
            .doesNotContain("/retirer\"");
    }

    @Test
    void reportTaskShouldLeadToItsOwnPage() throws Exception {
        Instant now = Instant.now();
        TaskRepository.ensureFolders(this.jcr, now);
        Task report = this.jcr.write((session) -> new TaskRepository().open(session, TaskType.REPORT, "report", now));

        MockHttpServletResponse task = this.mvc
            .perform(get("/backoffice/taches/" + report.id()).session(this.webmaster))
            .andReturn()
            .getResponse();

        assertThat(task.getStatus()).isEqualTo(302);
        assertThat(task.getRedirectedUrl()).isEqualTo("/backoffice/signalements/" + report.id());
        assertThat(page(get("/backoffice/taches")))
            .contains("href=\"/backoffice/signalements/" + report.id() + "\">Signalement</a>");
    }

    /** Camille, an active member, posts an ad that waits for review. */
    private Review submit(String title) throws Exception {
        Member owner = this.journeys.activeFamily(Applicants.uniqueEmail("camille"), Applicants.GOOD_PASSWORD);
        AdForm form = Ads.sharedCare();
        form.setTitle(title);
        Ad ad = this.ads.post(owner.id(), form);
        assertThat(ad.status()).isEqualTo(AdStatus.PENDING_REVIEW);
        String taskId = this.inbox.openTasks()
            .stream()
            .map(RegistrationInbox.Item::task)
            .filter((task) -> task.type() == TaskType.AD_REVIEW && task.subjectId().equals(ad.id()))
            .map(Task::id)
            .findFirst()
            .orElseThrow();
        return new Review(owner, ad.id(), title, "/backoffice/taches/" + taskId);
    }

    private MvcResult decide(Review review, String action, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post(review.taskPath() + action).with(csrf()).session(this.webmaster);
        if (reason != null) {
            request.param("reason", reason);
        }
        return this.mvc.perform(request).andReturn();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request.session(this.webmaster)).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request.session(this.webmaster)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** An ad waiting for review, its owner, and its task's page. */
    private record Review(Member owner, String adId, String title, String taskPath) {

    }

}
