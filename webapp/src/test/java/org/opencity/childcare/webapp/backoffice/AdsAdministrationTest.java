package org.opencity.childcare.webapp.backoffice;

import java.util.ArrayList;
import java.util.List;
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

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
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
 * A webmaster looks through every ad whatever its status, narrows the list down, reads
 * one ad with its owner and its life, and takes a listed ad down for a reason its owner
 * receives by mail. The repository is shared with other tests, so each test finds its own
 * ads by a word of their titles no other test uses.
 */
@ApplicationTest
class AdsAdministrationTest {

    private static final String REASON = "Votre annonce propose une garde contre rémunération non déclarée.";

    private static final String REMOVED_NOTICE = "Annonce retirée ; son auteur a été prévenu par courriel.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private final StaffSessions sessions;

    private MockHttpSession webmaster;

    @Autowired
    AdsAdministrationTest(MockMvc mvc, ApplicationContext context, AdService ads) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
        this.sessions = new StaffSessions(mvc, context);
    }

    @BeforeEach
    void logIn() throws Exception {
        this.webmaster = this.sessions.webmaster();
    }

    @Test
    void listShouldShowEveryStatusNewestFirst() throws Exception {
        String word = uniqueWord();
        Member owner = family();
        Ad first = postAd(owner, "Garde partagée Centre " + word);
        Ad second = postAd(owner, "Sorties d’école " + word);
        this.ads.withdraw(owner.id(), second.id());

        String page = page(get("/backoffice/annonces").param("recherche", word));

        assertThat(page).contains("2 annonces, les plus récentes en premier.")
            .contains("Garde partagée Centre " + word, "en ligne")
            .contains("Sorties d’école " + word, "retirée par son auteur")
            .contains("Camille M. (" + owner.identifier() + ")")
            .contains("href=\"/backoffice/annonces/" + first.id() + "\"");
        assertThat(page.indexOf("Sorties d’école " + word)).isLessThan(page.indexOf("Garde partagée Centre " + word));
    }

    @Test
    void listShouldFilterByStatusAndByTitleWordsWhateverTheirAccents() throws Exception {
        String word = uniqueWord();
        Member owner = family();
        postAd(owner, "Garde partagée Zébulon " + word);
        Ad withdrawn = postAd(owner, "Baby-sitting Zébulon " + word);
        this.ads.withdraw(owner.id(), withdrawn.id());

        String withdrawnOnly = page(
                get("/backoffice/annonces").param("statut", "WITHDRAWN").param("recherche", "zebulon " + word));
        String published = page(get("/backoffice/annonces").param("statut", "PUBLISHED").param("recherche", word));

        assertThat(withdrawnOnly).contains("1 annonce, la plus récente en premier.", "Baby-sitting Zébulon " + word)
            .doesNotContain("Garde partagée Zébulon " + word)
            .containsPattern("<option value=\"WITHDRAWN\" selected>");
        assertThat(published).contains("Garde partagée Zébulon " + word).doesNotContain("Baby-sitting Zébulon " + word);
        assertThat(Html.inputValue(withdrawnOnly, "recherche")).contains("zebulon " + word);
    }

    @Test
    void listShouldFindEveryAdOfAnOwnerByTheirIdentifier() throws Exception {
        Member owner = family();
        Ad first = postAd(owner, "Garde du mercredi " + uniqueWord());
        Ad second = postAd(owner, "Garde du jeudi " + uniqueWord());
        Ad other = postAd(family(), "Garde du vendredi " + uniqueWord());

        String page = page(get("/backoffice/annonces").param("recherche", owner.identifier().toLowerCase()));

        assertThat(page).contains("2 annonces", first.content().title(), second.content().title())
            .doesNotContain(other.content().title());
    }

    @Test
    void listWhenNothingMatchesShouldSaySo() throws Exception {
        String page = page(get("/backoffice/annonces").param("recherche", uniqueWord()));

        assertThat(page).contains("Aucune annonce ne correspond à ces critères.", "Voir toutes les annonces")
            .doesNotContain("<table");
    }

    @Test
    void listShouldShowTwentyAdsAPageWithLinksToTheOthers() throws Exception {
        String word = uniqueWord();
        Member owner = family();
        List<Ad> posted = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            posted.add(postAd(owner, "Annonce numéro " + i + " " + word));
        }

        String first = page(get("/backoffice/annonces").param("recherche", word));
        String second = page(get("/backoffice/annonces").param("recherche", word).param("page", "2"));

        assertThat(first).contains("21 annonces", "Page 1 sur 2", "Page suivante")
            .contains("href=\"/backoffice/annonces?recherche=" + word + "&amp;page=2\"")
            .doesNotContain("Page précédente", "href=\"/backoffice/annonces/" + posted.get(0).id() + "\"");
        assertThat(countOf(first, "<th scope=\"row\">")).isEqualTo(20);
        assertThat(second).contains("Page 2 sur 2", "Page précédente", "Annonce numéro 1 " + word)
            .doesNotContain("Page suivante");
        assertThat(countOf(second, "<th scope=\"row\">")).isEqualTo(1);
    }

    @Test
    void adPageShouldShowTheAdItsOwnerAndItsLife() throws Exception {
        Member owner = family();
        Ad ad = postAd(owner, "Garde partagée Jules-Ferry " + uniqueWord());

        String page = page(get("/backoffice/annonces/" + ad.id()));

        assertThat(page).contains(ad.content().title(), "Statut : en ligne")
            .contains("Famille avec nounou cherche une seconde famille", "Garde partagée", "Centre-ville")
            .contains("lundi : après-midi", "mardi : après-midi", "En alternance", "11,50", "de l’heure")
            .contains("français", "anglais", "Nous cherchons une famille pour partager notre nounou")
            .contains(owner.identifier(), "Camille Martin", owner.profile().email(), "vérifiée par ")
            .contains("Créée le", "Publiée le", "Expire le", "Annonce publiée", "l’auteur de l’annonce")
            .contains("action=\"/backoffice/annonces/" + ad.id() + "/retirer\"", "Motif du retrait");
    }

    @Test
    void removeShouldTakeTheAdDownAndMailTheReasonToItsOwner() throws Exception {
        Member owner = family();
        Ad ad = postAd(owner, "Garde à retirer " + uniqueWord());

        MvcResult removed = remove(ad, REASON);

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/annonces/" + ad.id());
        assertThat(removed.getFlashMap().get("notice")).isEqualTo(REMOVED_NOTICE);
        assertThat(this.ads.getOwn(owner.id(), ad.id()).status()).isEqualTo(AdStatus.REMOVED);
        MimeMessage mail = TestMailServer.lastTo(owner.profile().email());
        assertThat(mail.getSubject()).contains("votre annonce a été retirée");
        assertThat(TestMailServer.body(mail)).contains(ad.content().title(), REASON);

        String page = page(get("/backoffice/annonces/" + ad.id()).flashAttr("notice", REMOVED_NOTICE));
        assertThat(page).contains("role=\"status\"", REMOVED_NOTICE, "Statut : retirée par la ville")
            .contains("Retirée par " + this.sessions.webmasterSignature() + " le ", REASON,
                    "Annonce retirée par la ville")
            .contains("Cette annonce n’est pas en ligne : il n’y a rien à retirer.")
            .doesNotContain("/retirer\"");
    }

    @Test
    void removeWithoutReasonShouldAskForOneAndLeaveTheAdOnline() throws Exception {
        Member owner = family();
        Ad ad = postAd(owner, "Garde sans motif " + uniqueWord());
        int mails = TestMailServer.to(owner.profile().email()).size();

        MockHttpServletResponse response = remove(ad, "   ").getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(response.getContentAsString(), "f-reason"))
            .contains("Indiquez le motif : il est envoyé à l’auteur de l’annonce.");
        assertThat(Html.errorSummary(response.getContentAsString())).hasSize(1);
        assertThat(this.ads.getOwn(owner.id(), ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(TestMailServer.to(owner.profile().email())).hasSize(mails);
    }

    @Test
    void removeWithTooLongReasonShouldKeepTheReasonTyped() throws Exception {
        Ad ad = postAd(family(), "Garde au long motif " + uniqueWord());
        String reason = "Texte contraire aux conditions d’utilisation. ".repeat(25);

        MockHttpServletResponse response = remove(ad, reason).getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Ce champ est trop long")
            .contains(">" + reason + "</textarea>");
    }

    @Test
    void removeWhenAlreadyRemovedShouldSaySoWithoutASecondMail() throws Exception {
        Member owner = family();
        Ad ad = postAd(owner, "Garde retirée deux fois " + uniqueWord());
        remove(ad, REASON);
        int mails = TestMailServer.to(owner.profile().email()).size();

        MvcResult second = remove(ad, "Un autre motif.");

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/annonces/" + ad.id());
        assertThat((String) second.getFlashMap().get("error")).contains("Cette annonce n’est plus en ligne")
            .contains("votre retrait n’a pas été enregistré");
        assertThat(TestMailServer.to(owner.profile().email())).hasSize(mails);
        assertThat(this.ads.getOwn(owner.id(), ad.id()).reason()).isEqualTo(REASON);
    }

    @Test
    void adPageWhenUnknownOrMistypedShouldAnswerNotFound() throws Exception {
        assertThat(status(get("/backoffice/annonces/00000000-0000-0000-0000-000000000000"), this.webmaster))
            .isEqualTo(404);
        assertThat(status(get("/backoffice/annonces/pas-une-annonce"), this.webmaster)).isEqualTo(404);
        assertThat(status(post("/backoffice/annonces/pas-une-annonce/retirer").param("reason", REASON).with(csrf()),
                this.webmaster))
            .isEqualTo(404);
    }

    @Test
    void adsWhenEditorShouldBeRefusedAndWhenAnonymousShouldAskToLogIn() throws Exception {
        MockHttpSession editor = this.sessions.editor();
        MockHttpServletResponse anonymous = this.mvc.perform(get("/backoffice/annonces")).andReturn().getResponse();

        assertThat(status(get("/backoffice/annonces"), editor)).isEqualTo(403);
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/backoffice/connexion");
        assertThat(page(get("/backoffice/courriels"))).contains("href=\"/backoffice/annonces\">Annonces</a>");
    }

    private Member family() throws Exception {
        return this.journeys.activeFamily(Applicants.uniqueEmail("camille"), Applicants.GOOD_PASSWORD);
    }

    private Ad postAd(Member owner, String title) {
        AdForm form = Ads.sharedCare();
        form.setTitle(title);
        return this.ads.post(owner.id(), form);
    }

    private MvcResult remove(Ad ad, String reason) throws Exception {
        return this.mvc
            .perform(post("/backoffice/annonces/" + ad.id() + "/retirer").param("reason", reason)
                .with(csrf())
                .session(this.webmaster))
            .andReturn();
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request.session(this.webmaster)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /**
     * A word of ten letters no other test uses, such as {@code motbkqfa…}: letters only,
     * so that it survives the title search's normalisation whole.
     */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("mot");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    private static int countOf(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

}
