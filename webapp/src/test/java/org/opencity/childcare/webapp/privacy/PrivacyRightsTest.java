package org.opencity.childcare.webapp.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.privacy.AccountDeletion;
import org.opencity.childcare.privacy.InactiveAccounts;
import org.opencity.childcare.privacy.InactivitySettings;
import org.opencity.childcare.privacy.MemberActivity;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.webapp.site.SitePaths;
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
 * A member's privacy rights through the site: Camille downloads what the service holds
 * about her, then deletes her account; Bastien, who wrote to her about her ad, sees that
 * she left. Her logins are recorded, and the nightly job warns her once when she has not
 * logged in for almost two years, until she logs in again.
 */
@ApplicationTest
class PrivacyRightsTest {

    private static final String BASTIEN_WRITES = "Bonjour Camille, notre fille a 14 mois, parlons-en ?";

    private static final String CAMILLE_REPLIES = "Avec plaisir, passez jeudi après l’école.";

    private static final String BASTIEN_LAST_NAME = "Durand-Lefort";

    private static final String BASTIEN_PHONE = "07 98 76 54 32";

    private static final String BASTIEN_ADDRESS = "4 impasse des Glycines";

    private final MockMvc mvc;

    private final ApplicationContext context;

    private final Journeys journeys;

    private final AdService ads;

    private final AccountService accounts;

    private final InactiveAccounts inactiveAccounts;

    private final JsonMapper json;

    private String camilleEmail;

    private Member camille;

    private Member bastien;

    private MockHttpSession camilleSession;

    private MockHttpSession bastienSession;

    private String word;

    private Ad ad;

    @Autowired
    PrivacyRightsTest(MockMvc mvc, ApplicationContext context, AdService ads, AccountService accounts,
            InactiveAccounts inactiveAccounts, JsonMapper json) {
        this.mvc = mvc;
        this.context = context;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
        this.accounts = accounts;
        this.inactiveAccounts = inactiveAccounts;
        this.json = json;
    }

    @BeforeEach
    void camilleAndBastienTalkedAboutHerAd() throws Exception {
        this.camilleEmail = Applicants.uniqueEmail("camille");
        this.camille = this.journeys.activeFamily(this.camilleEmail, Applicants.GOOD_PASSWORD);
        MultiValueMap<String, String> fields = Applicants.family(Applicants.uniqueEmail("bastien"));
        fields.set("firstName", "Bastien");
        fields.set("lastName", BASTIEN_LAST_NAME);
        fields.set("phone", BASTIEN_PHONE);
        fields.set("postalAddress", BASTIEN_ADDRESS);
        this.bastien = this.journeys.active(fields, Applicants.GOOD_PASSWORD);
        this.camilleSession = this.journeys.logIn(this.camilleEmail, Applicants.GOOD_PASSWORD);
        this.bastienSession = this.journeys.logIn(this.bastien.identifier(), Applicants.GOOD_PASSWORD);
        this.word = "mot" + UUID.randomUUID().toString().substring(0, 8);
        this.ad = this.ads.post(this.camille.id(), titled("Garde partagée " + this.word));
    }

    @Test
    void downloadShouldGiveEverythingAboutTheMemberAsAJsonFileAndOfOthersOnlyTheirFirstName() throws Exception {
        Ad bastiensAd = this.ads.post(this.bastien.id(), titled("Annonce de Bastien " + this.word));
        String conversation = contact(this.bastienSession, BASTIEN_WRITES);
        reply(this.camilleSession, conversation, CAMILLE_REPLIES);
        this.context.getBean(SavedSearchService.class)
            .save(this.camille.id(), "garde=SHARED", "Près de l’école", "DAILY", Locale.FRENCH);

        MockHttpServletResponse response = perform(get(SitePaths.MY_DATA), this.camilleSession);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"mes-donnees-garde-enfant.json\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode data = this.json.readTree(body);
        assertThat(data.at("/account/email").asString()).isEqualTo(this.camilleEmail);
        assertThat(data.at("/account/identifier").asString()).isEqualTo(this.camille.identifier());
        assertThat(data.at("/account/lastLoginAt").isString()).as("last login recorded").isTrue();
        assertThat(data.at("/ads/0/title").asString()).isEqualTo(this.ad.content().title());
        assertThat(data.at("/conversations/0/otherMember/firstName").asString()).isEqualTo("Bastien");
        assertThat(data.at("/conversations/0/messages").valueStream().map((message) -> message.get("text").asString()))
            .containsExactly(BASTIEN_WRITES, CAMILLE_REPLIES);
        assertThat(data.at("/savedSearches/0/name").asString()).isEqualTo("Près de l’école");
        assertThat(body).doesNotContain(this.bastien.profile().email(), BASTIEN_LAST_NAME, BASTIEN_PHONE,
                BASTIEN_ADDRESS, bastiensAd.content().title(), this.bastien.id());
    }

    @Test
    void deletionPageShouldSayWhatGoesAndAWrongPasswordShouldDeleteNothing() throws Exception {
        String page = Html.text(page(get(SitePaths.DELETE_ACCOUNT), this.camilleSession));
        assertThat(page).contains("Supprimer mon compte", "définitive : elle ne peut pas être annulée",
                "toutes vos annonces", "Supprimer définitivement mon compte");

        MockHttpServletResponse refused = perform(
                post(SitePaths.DELETE_ACCOUNT).param("password", "pas le bon mot de passe").with(csrf()),
                this.camilleSession);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(refused.getContentAsString(), "f-password"))
            .hasValue("Ce mot de passe n’est pas le bon. Votre compte n’a pas été supprimé.");
        assertThat(this.accounts.findById(this.camille.id())).isPresent();
        assertThat(this.ads.listOwn(this.camille.id())).hasSize(1);
        assertThat(perform(get(SitePaths.ACCOUNT), this.camilleSession).getStatus()).as("still logged in")
            .isEqualTo(200);
    }

    @Test
    void deletionWithWrongPasswordsShouldBeThrottledAsLoginsAre() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            MockHttpServletResponse refused = perform(
                    post(SitePaths.DELETE_ACCOUNT).param("password", "devinette " + attempt)
                        .with(csrf())
                        .with(from("198.51.100.77")),
                    this.camilleSession);
            assertThat(refused.getStatus()).as("attempt " + attempt).isEqualTo(422);
        }

        MockHttpServletResponse throttled = perform(
                post(SitePaths.DELETE_ACCOUNT).param("password", Applicants.GOOD_PASSWORD)
                    .with(csrf())
                    .with(from("198.51.100.77")),
                this.camilleSession);

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Html.fieldError(throttled.getContentAsString(), "f-password")).get()
            .asString()
            .startsWith("Trop de tentatives ont échoué.");
        assertThat(this.accounts.findById(this.camille.id())).isPresent();
    }

    @Test
    void deletionShouldEraseTheAccountAndItsAdEndTheSessionAndTellTheOtherMember() throws Exception {
        String conversation = contact(this.bastienSession, BASTIEN_WRITES);
        reply(this.camilleSession, conversation, CAMILLE_REPLIES);
        awaitPage(() -> search(this.word), this.ad.content().title());

        MockHttpServletResponse deleted = perform(
                post(SitePaths.DELETE_ACCOUNT).param("password", Applicants.GOOD_PASSWORD).with(csrf()),
                this.camilleSession);

        assertThat(deleted.getRedirectedUrl()).isEqualTo(SitePaths.SECTION + "?compte-supprime");
        assertThat(Html.text(page(get(deleted.getRedirectedUrl()), new MockHttpSession())))
            .contains("Votre compte a été supprimé");
        assertThat(perform(get(SitePaths.ACCOUNT), this.camilleSession).getRedirectedUrl()).as("session ended")
            .endsWith(SitePaths.LOGIN);
        assertThat(this.accounts.findById(this.camille.id())).as("member node").isEmpty();
        Optional<Ad> stored = this.context.getBean(JcrTemplate.class)
            .read((session) -> new AdRepository().findById(session, this.ad.id()));
        assertThat(stored).as("ad node").isEmpty();
        awaitPage(() -> search(this.word), "Aucune annonce");
        MockHttpServletResponse login = this.mvc
            .perform(post(SitePaths.LOGIN).param("login", this.camilleEmail)
                .param("password", Applicants.GOOD_PASSWORD)
                .with(csrf()))
            .andReturn()
            .getResponse();
        assertThat(login.getRedirectedUrl()).as("login refused").endsWith(SitePaths.LOGIN);

        String seenByBastien = page(get(conversation), this.bastienSession);
        assertThat(Html.text(seenByBastien)).contains("Ce membre a quitté le service", BASTIEN_WRITES)
            .doesNotContain(CAMILLE_REPLIES);
        assertThat(seenByBastien).doesNotContain(conversation + "/repondre");
        assertThat(Html.text(page(get(SitePaths.CONVERSATIONS), this.bastienSession)))
            .contains("un membre qui a quitté le service");
    }

    @Test
    void inactiveJobWithTheClockMovedShouldWarnOnceAndALoginShouldCancelTheWarning() throws Exception {
        Instant loggedIn = activity().lastLoginAt();
        assertThat(loggedIn).as("login recorded").isNotNull();

        // The nightly job, 701 days after that login: the account goes in 29 days at the
        // earliest, so its member is warned, once.
        MutableClock later = new MutableClock(loggedIn.plus(Duration.ofDays(701)));
        job(later).run();
        later.advance(Duration.ofDays(1));
        job(later).run();

        List<MimeMessage> warnings = warningsTo(this.camilleEmail);
        assertThat(warnings).hasSize(1);
        assertThat(TestMailServer.body(warnings.get(0))).contains("Bonjour Camille,")
            .contains("connectez-vous pour le garder")
            .contains(SitePaths.LOGIN);
        assertThat(activity().warned()).isTrue();

        this.journeys.logIn(this.camilleEmail, Applicants.GOOD_PASSWORD);

        assertThat(activity().warned()).as("warning cancelled by the login").isFalse();
        assertThat(activity().lastLoginAt()).isAfter(loggedIn);
    }

    private MemberActivity activity() {
        return this.inactiveAccounts.activityOf(this.camille.id()).orElseThrow();
    }

    /** The nightly job as the host wires it, with its clock moved. */
    private InactiveAccounts job(Clock clock) {
        return new InactiveAccounts(this.context.getBean(JcrTemplate.class),
                this.context.getBean(AccountDeletion.class), this.context.getBean(Mailer.class),
                this.context.getBean(Links.class), clock, this.context.getBean(InactivitySettings.class));
    }

    private static List<MimeMessage> warningsTo(String email) {
        return TestMailServer.to(email).stream().filter((mail) -> {
            try {
                return mail.getSubject().contains("votre compte sera bientôt supprimé");
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    private String contact(MockHttpSession session, String message) throws Exception {
        MockHttpServletResponse sent = perform(
                post(SitePaths.ADS + "/" + this.ad.id() + "/contacter").param("message", message).with(csrf()),
                session);
        assertThat(sent.getRedirectedUrl()).as("redirect after contact").startsWith(SitePaths.CONVERSATIONS + "/");
        return sent.getRedirectedUrl().substring(0, sent.getRedirectedUrl().indexOf('?'));
    }

    private void reply(MockHttpSession session, String conversation, String message) throws Exception {
        MockHttpServletResponse replied = perform(
                post(conversation + "/repondre").param("message", message).with(csrf()), session);
        assertThat(replied.getRedirectedUrl()).as("redirect after reply").startsWith(conversation);
    }

    private String search(String text) throws Exception {
        return Html.text(page(get(SitePaths.ADS).param("q", text), this.bastienSession));
    }

    /** Waits for the search index, which follows saves a moment after them. */
    private static void awaitPage(ThrowingSupplier<String> page, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String text = page.get();
        while (!text.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            text = page.get();
        }
        assertThat(text).contains(expected);
    }

    private static AdForm titled(String title) {
        AdForm form = Ads.sharedCare();
        form.setTitle(title);
        return form;
    }

    private static RequestPostProcessor from(String address) {
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = perform(request, session);
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {

        T get() throws Exception;

    }

}
