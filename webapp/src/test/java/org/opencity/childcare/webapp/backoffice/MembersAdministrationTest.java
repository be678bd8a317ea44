package org.opencity.childcare.webapp.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.report.ReportService;
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
 * A webmaster finds members by identifier, name or e-mail address, reads one member's
 * account, ads and history, suspends them for a reason the member receives by mail (their
 * ads leave the listings meanwhile), and reactivates them (the ads come back as they
 * were). The repository is shared with other tests, so each test finds its own members by
 * a last name no other test uses.
 */
@ApplicationTest
class MembersAdministrationTest {

    private static final String REASON = "Demandes répétées de paiement avant toute rencontre, "
            + "signalées par trois familles.";

    private static final String SUSPENDED_NOTICE = "Compte suspendu : ses annonces sont masquées, "
            + "et le membre a reçu le motif par courriel.";

    private static final String REACTIVATED_NOTICE = "Compte rétabli : le membre peut se connecter et ses annonces "
            + "en cours sont de nouveau visibles. Il a été prévenu par courriel.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private final AdIndex index;

    private final ReportService reports;

    private final StaffSessions sessions;

    private MockHttpSession webmaster;

    @Autowired
    MembersAdministrationTest(MockMvc mvc, ApplicationContext context, AdService ads, AdIndex index,
            ReportService reports) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
        this.index = index;
        this.reports = reports;
        this.sessions = new StaffSessions(mvc, context);
    }

    @BeforeEach
    void logIn() throws Exception {
        this.webmaster = this.sessions.webmaster();
    }

    @Test
    void listShouldFindAMemberByIdentifierNameOrEmailWhateverTheirCaseAndAccents() throws Exception {
        String word = AdsAdministrationTest.uniqueWord();
        Member member = member("Lefèvre-" + word);
        Member other = member("Durand-" + word);

        String byName = page(get("/backoffice/membres").param("recherche", "LEFEVRE " + word));
        String byIdentifier = page(get("/backoffice/membres").param("recherche", member.identifier().toLowerCase()));
        String byEmail = page(get("/backoffice/membres").param("recherche", member.profile().email()));

        for (String found : List.of(byName, byIdentifier, byEmail)) {
            assertThat(found).contains("1 membre, l’inscription la plus récente en premier.")
                .contains("Camille Lefèvre-" + word, member.identifier(), member.profile().email(), "Famille", "actif")
                .contains("href=\"/backoffice/membres/" + member.id() + "\"")
                .doesNotContain(other.profile().email());
        }
        assertThat(Html.inputValue(byName, "recherche")).contains("LEFEVRE " + word);
        assertThat(page(get("/backoffice/membres").param("recherche", word))).contains("2 membres");
    }

    @Test
    void listShouldFilterByStatus() throws Exception {
        String word = AdsAdministrationTest.uniqueWord();
        Member suspended = member("Petit-" + word);
        Member active = member("Grand-" + word);
        suspend(suspended, REASON);

        String suspendedOnly = page(get("/backoffice/membres").param("statut", "SUSPENDED").param("recherche", word));
        String activeOnly = page(get("/backoffice/membres").param("statut", "ACTIVE").param("recherche", word));

        assertThat(suspendedOnly).contains("1 membre", "Camille Petit-" + word, "suspendu")
            .doesNotContain("Grand-" + word)
            .containsPattern("<option value=\"SUSPENDED\" selected>");
        assertThat(activeOnly).contains("Camille Grand-" + word).doesNotContain("Petit-" + word);
        assertThat(active.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void listWhenNothingMatchesShouldSaySoAndHowToWidenTheSearch() throws Exception {
        String page = page(get("/backoffice/membres").param("recherche", AdsAdministrationTest.uniqueWord()));

        assertThat(page).contains("Aucun membre ne correspond à ces critères.", "Vérifiez l’orthographe")
            .contains("Voir tous les membres")
            .doesNotContain("<table");
    }

    @Test
    void listShouldShowTwentyMembersAPageWithLinksToTheOthers() throws Exception {
        String word = AdsAdministrationTest.uniqueWord();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            MultiValueMap<String, String> fields = Applicants.family(Applicants.uniqueEmail("page"));
            fields.set("lastName", "Page-" + word);
            this.journeys.register(fields, Applicants.proofOfAddress());
            members.add(this.journeys.approve(fields.getFirst("email")));
        }

        String first = page(get("/backoffice/membres").param("recherche", word));
        String second = page(get("/backoffice/membres").param("recherche", word).param("page", "2"));

        assertThat(first).contains("21 membres", "Page 1 sur 2", "Page suivante")
            .contains("href=\"/backoffice/membres?recherche=" + word + "&amp;page=2\"")
            .doesNotContain("Page précédente", "href=\"/backoffice/membres/" + members.get(0).id() + "\"");
        assertThat(second).contains("Page 2 sur 2", "Page précédente")
            .contains("href=\"/backoffice/membres/" + members.get(0).id() + "\"")
            .doesNotContain("Page suivante");
    }

    @Test
    void memberPageShouldShowWhatAWebmasterNeedsAndTheSuspensionForm() throws Exception {
        Member member = member("Moreau-" + AdsAdministrationTest.uniqueWord());
        this.journeys.logIn(member.identifier(), Applicants.GOOD_PASSWORD);
        postAd(member, "Garde partagée " + AdsAdministrationTest.uniqueWord());

        String page = page(get("/backoffice/membres/" + member.id()));

        assertThat(Html.text(page)).contains("Statut : actif", member.identifier(), "Famille", "Centre-ville")
            .contains(member.profile().email(), "06 12 34 56 78", "Inscription demandée le", "vérifiée par ")
            .contains("Dernière connexion")
            .contains("1 annonce, dont 1 en ligne", "Demande reçue", "Inscription validée", "le demandeur")
            .doesNotContain("Dernière connexion jamais");
        assertThat(page).contains("action=\"/backoffice/membres/" + member.id() + "/suspendre\"")
            .contains("Motif de la suspension", "href=\"/backoffice/annonces?recherche=" + member.identifier() + "\"")
            .doesNotContain("/reactiver\"");
    }

    @Test
    void suspendShouldBarTheMemberHideTheirAdsAndMailTheReasonThenReactivateShouldUndoIt() throws Exception {
        String word = AdsAdministrationTest.uniqueWord();
        Member member = member("Roux-" + word);
        Ad ad = postAd(member, "Garde partagée " + word);
        Member neighbour = member("Voisin-" + word);
        MockHttpSession neighbourSession = this.journeys.logIn(neighbour.identifier(), Applicants.GOOD_PASSWORD);
        awaitListed(word, true);
        String report = this.reports.reportAd(neighbour.id(), ad.id(), "FRAUD", "Demande un virement d’avance.")
            .taskId();
        assertThat(page(get("/backoffice/signalements/" + report))).as("the report leads to the member")
            .contains("href=\"/backoffice/membres/" + member.id() + "\"", "Voir le compte de ce membre");

        MvcResult suspended = suspend(member, "  " + REASON + "  ");

        assertThat(suspended.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/membres/" + member.id());
        assertThat(suspended.getFlashMap().get("notice")).isEqualTo(SUSPENDED_NOTICE);
        assertThat(this.journeys.member(member.profile().email()).orElseThrow().status())
            .isEqualTo(MemberStatus.SUSPENDED);
        MimeMessage mail = TestMailServer.lastTo(member.profile().email());
        assertThat(mail.getSubject()).contains("votre compte est suspendu");
        assertThat(TestMailServer.body(mail)).contains(REASON, "vous ne pouvez plus vous connecter",
                "/services-en-ligne/garde-d-enfant");
        String page = page(get("/backoffice/membres/" + member.id()).flashAttr("notice", SUSPENDED_NOTICE));
        assertThat(Html.text(page)).contains(SUSPENDED_NOTICE, "Statut : suspendu")
            .contains("Compte suspendu par " + this.sessions.webmasterSignature() + " le ", "Motif : " + REASON)
            .contains("1 annonce, dont 1 masquée pendant la suspension",
                    "Compte suspendu – " + this.sessions.webmasterSignature());
        assertThat(page).contains("action=\"/backoffice/membres/" + member.id() + "/reactiver\"")
            .doesNotContain("/suspendre\"");

        assertThat(Html.text(page(get("/backoffice/annonces/" + ad.id()))))
            .contains("Statut : en ligne", "masquée aux autres membres tant que son auteur est suspendu")
            .contains("Voir le compte de l’auteur");
        // The neighbour no longer finds nor sees the ad.
        assertThat(html(get(SitePaths.ADS).param("q", word).session(neighbourSession), 200))
            .doesNotContain("/annonces/" + ad.id());
        assertThat(status(get(SitePaths.ADS + "/" + ad.id()), neighbourSession)).isEqualTo(404);
        awaitListed(word, false);

        MvcResult reactivated = this.mvc
            .perform(post("/backoffice/membres/" + member.id() + "/reactiver").with(csrf()).session(this.webmaster))
            .andReturn();

        assertThat(reactivated.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/membres/" + member.id());
        assertThat(reactivated.getFlashMap().get("notice")).isEqualTo(REACTIVATED_NOTICE);
        MimeMessage back = TestMailServer.lastTo(member.profile().email());
        assertThat(back.getSubject()).contains("votre compte est rétabli");
        assertThat(TestMailServer.body(back)).contains(member.identifier(),
                "/services-en-ligne/garde-d-enfant/connexion");
        awaitListed(word, true);
        assertThat(html(get(SitePaths.ADS).param("q", word).session(neighbourSession), 200))
            .contains("/annonces/" + ad.id());
        assertThat(status(get(SitePaths.ADS + "/" + ad.id()), neighbourSession)).isEqualTo(200);
        String after = page(get("/backoffice/membres/" + member.id()));
        assertThat(Html.text(after)).contains("Statut : actif",
                "Compte rétabli – " + this.sessions.webmasterSignature(), "1 annonce, dont 1 en ligne");
        assertThat(this.journeys.logIn(member.identifier(), Applicants.GOOD_PASSWORD)).as("can log in again")
            .isNotNull();
    }

    @Test
    void suspendWithoutReasonShouldAskForOneNextToTheFieldAndChangeNothing() throws Exception {
        Member member = member("Sansmotif-" + AdsAdministrationTest.uniqueWord());
        int mails = TestMailServer.to(member.profile().email()).size();

        MockHttpServletResponse response = suspend(member, " \n ").getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(Html.fieldError(page, "f-reason"))
            .contains("Indiquez le motif de la suspension : il est envoyé au membre.");
        assertThat(Html.errorSummary(page))
            .containsExactly("#f-reason: Indiquez le motif de la suspension : il est envoyé au membre.");
        assertThat(page).contains("aria-invalid=\"true\"", "Statut : actif");
        assertThat(this.journeys.member(member.profile().email()).orElseThrow().status())
            .isEqualTo(MemberStatus.ACTIVE);
        assertThat(TestMailServer.to(member.profile().email())).hasSize(mails);
    }

    @Test
    void suspendWithTooLongReasonShouldKeepTheReasonTyped() throws Exception {
        Member member = member("Bavard-" + AdsAdministrationTest.uniqueWord());
        String reason = "Propos insultants dans la messagerie du site. ".repeat(25);

        MockHttpServletResponse response = suspend(member, reason).getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Ce champ est trop long")
            .contains(">" + reason + "</textarea>");
        assertThat(this.journeys.member(member.profile().email()).orElseThrow().status())
            .isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void suspendOrReactivateWhenTheStatusChangedMeanwhileShouldSaySoWithoutASecondMail() throws Exception {
        Member member = member("Deuxfois-" + AdsAdministrationTest.uniqueWord());
        suspend(member, REASON);
        int mails = TestMailServer.to(member.profile().email()).size();

        MvcResult again = suspend(member, "Un autre motif.");

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/membres/" + member.id());
        assertThat((String) again.getFlashMap().get("error")).contains("Ce compte n’est plus actif")
            .contains("votre suspension n’a pas été enregistrée");
        MvcResult notSuspended = this.mvc
            .perform(post("/backoffice/membres/" + member(AdsAdministrationTest.uniqueWord()).id() + "/reactiver")
                .with(csrf())
                .session(this.webmaster))
            .andReturn();
        assertThat((String) notSuspended.getFlashMap().get("error")).contains("Ce compte n’est plus suspendu");
        assertThat(TestMailServer.to(member.profile().email())).hasSize(mails);
        assertThat(page(get("/backoffice/membres/" + member.id()))).contains("Motif : " + REASON)
            .doesNotContain("Un autre motif.");
    }

    @Test
    void memberPagesWhenUnknownOrMistypedShouldAnswerNotFound() throws Exception {
        assertThat(status(get("/backoffice/membres/00000000-0000-0000-0000-000000000000"), this.webmaster))
            .isEqualTo(404);
        assertThat(status(get("/backoffice/membres/pas-un-membre"), this.webmaster)).isEqualTo(404);
        assertThat(status(post("/backoffice/membres/pas-un-membre/suspendre").param("reason", REASON).with(csrf()),
                this.webmaster))
            .isEqualTo(404);
        assertThat(status(post("/backoffice/membres/pas-un-membre/reactiver").with(csrf()), this.webmaster))
            .isEqualTo(404);
    }

    @Test
    void membersWhenEditorShouldBeRefusedAndWhenAnonymousShouldAskToLogIn() throws Exception {
        Member member = member("Editeur-" + AdsAdministrationTest.uniqueWord());
        MockHttpSession editor = this.sessions.editor();
        MockHttpServletResponse anonymous = this.mvc.perform(get("/backoffice/membres")).andReturn().getResponse();

        MockHttpServletResponse refused = this.mvc.perform(get("/backoffice/membres").session(editor))
            .andReturn()
            .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getForwardedUrl()).isEqualTo("/acces-refuse");
        assertThat(status(
                post("/backoffice/membres/" + member.id() + "/suspendre").param("reason", REASON).with(csrf()), editor))
            .isEqualTo(403);
        assertThat(this.journeys.member(member.profile().email()).orElseThrow().status())
            .isEqualTo(MemberStatus.ACTIVE);
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/backoffice/connexion");
        assertThat(page(get("/backoffice/courriels"))).contains("href=\"/backoffice/membres\">Membres</a>");
        assertThat(html(get("/backoffice/pages").session(editor), 200)).doesNotContain("/backoffice/membres");
    }

    /**
     * An active family member whose last name no other test uses; she chose a password.
     */
    private Member member(String lastName) throws Exception {
        MultiValueMap<String, String> fields = Applicants.family(Applicants.uniqueEmail("membre"));
        fields.set("lastName", lastName);
        return this.journeys.active(fields, Applicants.GOOD_PASSWORD);
    }

    private Ad postAd(Member owner, String title) {
        AdForm form = Ads.sharedCare();
        form.setTitle(title);
        return this.ads.post(owner.id(), form);
    }

    private MvcResult suspend(Member member, String reason) throws Exception {
        return this.mvc
            .perform(post("/backoffice/membres/" + member.id() + "/suspendre").param("reason", reason)
                .with(csrf())
                .session(this.webmaster))
            .andReturn();
    }

    /**
     * Waits until the search index, which follows the repository by observation a moment
     * after each save, does or does not list the ad with {@code word}.
     */
    private void awaitListed(String word, boolean listed) throws InterruptedException {
        AdSearchQuery query = AdSearchQuery.fromQueryString("q=" + word);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((this.index.search(query, Instant.now()).total() > 0) != listed && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(this.index.search(query, Instant.now()).total() > 0).as("listed in the index").isEqualTo(listed);
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private String html(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        return response.getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return html(request.session(this.webmaster), 200);
    }

}
