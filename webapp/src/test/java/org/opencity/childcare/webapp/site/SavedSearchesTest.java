package org.opencity.childcare.webapp.site;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import org.opencity.childcare.alert.AlertJob;
import org.opencity.childcare.alert.SavedSearch;
import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.notify.Links;
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
 * Saved searches through the real host and real mail: a member saves the search the
 * results page shows, another member posts a matching ad, the alert job mails the first
 * at once or in the next daily digest, and the mail's link stops the alerts without
 * logging in. Also the list of saved searches and what bad input gets.
 */
@ApplicationTest
class SavedSearchesTest {

    private static final String NEW_FORM = SitePaths.SAVED_SEARCHES + "/nouvelle";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdService ads;

    @Autowired
    private AlertJob alertJob;

    @Autowired
    private SavedSearchService savedSearches;

    @Autowired
    private Links links;

    @Autowired
    private ZoneId cityZone;

    @Test
    void aMemberSavesASearchIsMailedAMatchingAdAtOnceAndStopsTheAlertsFromTheMail() throws Exception {
        String word = uniqueWord();
        String email = Applicants.uniqueEmail("camille");
        MockHttpSession camille = logIn(email);
        String query = "garde=SHARED&q=" + word;

        String form = html(get(NEW_FORM + "?" + query).session(camille), 200);
        assertThat(Html.text(form)).contains("Enregistrer cette recherche")
            .contains("Garde partagée · « " + word + " »")
            .contains("Dès qu’une annonce correspond")
            .contains("Un résumé par jour");
        assertThat(Html.inputValue(form, "name")).hasValue("Garde partagée · « " + word + " »");
        assertThat(Html.inputValue(form, "query")).hasValue("garde=SHARED&amp;q=" + word);

        MvcResult saved = save(camille, query, "Garde partagée avec jardin", "IMMEDIATE");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.SAVED_SEARCHES + "?enregistree");
        String list = html(get(SitePaths.SAVED_SEARCHES + "?enregistree").session(camille), 200);
        assertThat(Html.text(list)).contains("Recherche enregistrée. Vous recevrez un courriel")
            .contains("Garde partagée avec jardin")
            .contains("Alertes : dès qu’une annonce correspond");
        assertThat(list).contains("href=\"" + SitePaths.ADS + "?garde=SHARED&amp;q=" + word + "\"");

        int mailsBefore = TestMailServer.to(email).size();
        Ad ad = this.ads.post(newMember("ines").id(), matching(word));
        this.alertJob.run();

        assertThat(TestMailServer.to(email)).hasSize(mailsBefore + 1);
        MimeMessage mail = TestMailServer.lastTo(email);
        String body = TestMailServer.body(mail);
        assertThat(mail.getSubject())
            .isEqualTo("Garde d’enfant : du nouveau pour votre recherche « Garde partagée avec jardin »");
        assertThat(body).contains("Une nouvelle annonce correspond à votre recherche « Garde partagée avec jardin »")
            .contains(Ads.SHARED_CARE_TITLE + " (Centre-ville)")
            .contains(this.links.ad(ad.id()))
            .contains(this.links.savedSearches());
        String stopLink = TestMailServer.link(mail, SitePaths.UNSUBSCRIBE);
        assertThat(MimeUtility.unfold(mail.getHeader("List-Unsubscribe")[0])).isEqualTo("<" + stopLink + ">");

        URI stop = Journeys.local(stopLink);
        for (int i = 0; i < 2; i++) {
            String question = html(get(stop), 200);
            assertThat(Html.text(question)).as("opening the link, even twice, only asks")
                .contains("Arrêter les alertes de la recherche « Garde partagée avec jardin » ?");
            assertThat(question)
                .contains("<button type=\"submit\" class=\"button button--primary\">" + "Arrêter les alertes</button>");
        }
        String token = Html.inputValue(html(get(stop), 200), "jeton").orElseThrow();
        assertThat(status(post(SitePaths.UNSUBSCRIBE).param("jeton", token))).as("the button needs the form's token")
            .isEqualTo(403);
        assertThat(Html.text(html(get(stop), 200))).contains("Arrêter les alertes de la recherche");
        for (int i = 0; i < 2; i++) {
            MvcResult stopped = this.mvc.perform(post(SitePaths.UNSUBSCRIBE).param("jeton", token).with(csrf()))
                .andReturn();
            String confirmation = html(get(stopped.getResponse().getRedirectedUrl()), 200);
            assertThat(Html.text(confirmation)).as("stopping, even twice")
                .contains("Les alertes de la recherche « Garde partagée avec jardin » sont arrêtées.");
        }
        assertThat(Html.text(html(get(stop), 200))).contains("sont déjà arrêtées");
        assertThat(Html.text(html(get(SitePaths.SAVED_SEARCHES).session(camille), 200))).contains("Alertes arrêtées");

        this.ads.post(newMember("ines").id(), matching(word));
        this.alertJob.run();
        assertThat(TestMailServer.to(email)).as("no alert once stopped").hasSize(mailsBefore + 1);
    }

    @Test
    void aMemberWhoChoseTheDailyDigestGetsOneMailAtTheDigestHour() throws Exception {
        String word = uniqueWord();
        String email = Applicants.uniqueEmail("camille");
        MockHttpSession camille = logIn(email);
        save(camille, "garde=SHARED&q=" + word, "", "DAILY");
        int mailsBefore = TestMailServer.to(email).size();

        Ad ad = this.ads.post(newMember("ines").id(), matching(word));
        this.alertJob.run();
        assertThat(TestMailServer.to(email)).as("no mail before the digest hour").hasSize(mailsBefore);

        Instant tomorrowMorning = LocalDate.now(this.cityZone)
            .plusDays(1)
            .atTime(8, 0)
            .atZone(this.cityZone)
            .toInstant();
        this.alertJob.runDigests(tomorrowMorning);
        this.alertJob.runDigests(tomorrowMorning);

        List<MimeMessage> mails = TestMailServer.to(email);
        assertThat(mails).as("one digest").hasSize(mailsBefore + 1);
        MimeMessage digest = mails.get(mailsBefore);
        assertThat(digest.getSubject()).startsWith("Garde d’enfant : le résumé du jour pour votre recherche « Garde");
        assertThat(TestMailServer.body(digest)).contains("une nouvelle annonce correspond à votre recherche")
            .contains(this.links.ad(ad.id()))
            .contains(SitePaths.UNSUBSCRIBE + "?jeton=");
    }

    @Test
    void theSaveFormRefusesANameTooLongAndAnEleventhSearchKeepingWhatWasTyped() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MockHttpSession camille = logIn(email);
        String tooLong = "Ma recherche ".repeat(7);

        MockHttpServletResponse refused = this.mvc
            .perform(post(SitePaths.SAVED_SEARCHES).session(camille)
                .param("query", "garde=REGULAR&quartier=nord")
                .param("name", tooLong)
                .param("frequency", "DAILY")
                .with(csrf()))
            .andReturn()
            .getResponse();

        String page = refused.getContentAsString();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(page, "f-name")).hasValue("Le nom doit compter au plus 80 caractères.");
        assertThat(Html.inputValue(page, "name")).hasValue(tooLong);
        assertThat(Html.text(page)).contains("Garde régulière · Quartiers Nord");
        assertThat(Html.inputTag(page, "frequency").orElseThrow()).contains("value=\"IMMEDIATE\"");
        assertThat(page).contains("value=\"DAILY\" checked");

        String memberId = new Journeys(this.mvc, this.context).member(email).orElseThrow().id();
        for (int i = 0; i < SavedSearchService.MAX_PER_MEMBER; i++) {
            this.savedSearches.save(memberId, "age=" + i, null, "IMMEDIATE", Locale.FRENCH);
        }
        MockHttpServletResponse eleventh = this.mvc
            .perform(post(SitePaths.SAVED_SEARCHES).session(camille)
                .param("query", "garde=SHARED")
                .param("name", "Une de trop")
                .param("frequency", "IMMEDIATE")
                .with(csrf()))
            .andReturn()
            .getResponse();

        assertThat(eleventh.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(eleventh.getContentAsString())).containsExactly(
                "#f-search: Vous avez déjà 10 recherches enregistrées, le maximum. Supprimez-en une dans vos"
                        + " recherches enregistrées, puis enregistrez celle-ci.");
        assertThat(Html.inputValue(eleventh.getContentAsString(), "name")).hasValue("Une de trop");
        assertThat(this.savedSearches.listOwn(memberId)).hasSize(10);
    }

    @Test
    void theListChangesFrequenciesDeletesAndExplainsHowToStartWhenEmpty() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MockHttpSession camille = logIn(email);
        String empty = Html.text(html(get(SitePaths.SAVED_SEARCHES).session(camille), 200));
        assertThat(empty).contains("Vous n’avez pas encore de recherche enregistrée.")
            .contains("Être prévenu par courriel des nouvelles annonces de cette recherche");
        save(camille, "garde=BABYSITTING", "Soirées", "IMMEDIATE");
        String memberId = new Journeys(this.mvc, this.context).member(email).orElseThrow().id();
        SavedSearch search = this.savedSearches.listOwn(memberId).get(0);

        MvcResult changed = this.mvc
            .perform(post(SitePaths.SAVED_SEARCHES + "/" + search.id() + "/frequence").session(camille)
                .param("frequency", "DAILY")
                .with(csrf()))
            .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.SAVED_SEARCHES + "?modifiee");
        assertThat(Html.text(html(get(SitePaths.SAVED_SEARCHES + "?modifiee").session(camille), 200)))
            .contains("La fréquence des alertes est modifiée.")
            .contains("Alertes : un résumé par jour");

        MockHttpSession other = logIn(Applicants.uniqueEmail("ines"));
        String refused = html(
                post(SitePaths.SAVED_SEARCHES + "/" + search.id() + "/supprimer").session(other).with(csrf()), 404);
        assertThat(Html.text(refused)).contains("Recherche introuvable");

        MvcResult deleted = this.mvc
            .perform(post(SitePaths.SAVED_SEARCHES + "/" + search.id() + "/supprimer").session(camille).with(csrf()))
            .andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.SAVED_SEARCHES + "?supprimee");
        assertThat(Html.text(html(get(SitePaths.SAVED_SEARCHES + "?supprimee").session(camille), 200)))
            .contains("La recherche est supprimée")
            .contains("Vous n’avez pas encore de recherche enregistrée.");
    }

    @Test
    void aWrongStopLinkGetsAClearPageAndSavedSearchesNeedALogin() throws Exception {
        String wrong = SitePaths.UNSUBSCRIBE + "?jeton=pas-un-vrai-lien";

        String opened = html(get(wrong), 404);
        String sent = html(post(wrong).with(csrf()), 404);

        for (String page : List.of(opened, sent)) {
            assertThat(Html.text(page)).contains("Ce lien n’arrête aucune alerte")
                .contains("peut-être déjà arrêtées")
                .contains("Gérer mes recherches enregistrées");
        }
        assertThat(this.mvc.perform(get(SitePaths.SAVED_SEARCHES)).andReturn().getResponse().getRedirectedUrl())
            .endsWith(SitePaths.LOGIN);
    }

    private MvcResult save(MockHttpSession session, String query, String name, String frequency) throws Exception {
        return this.mvc
            .perform(post(SitePaths.SAVED_SEARCHES).session(session)
                .param("query", query)
                .param("name", name)
                .param("frequency", frequency)
                .with(csrf()))
            .andReturn();
    }

    /** Ines's shared-care ad, with a word of the test's own in its text. */
    private static AdForm matching(String word) {
        AdForm form = Ads.sharedCare();
        form.setText(form.getText() + " Grand jardin, " + word + ".");
        return form;
    }

    private Member newMember(String who) throws Exception {
        return journeys().activeFamily(Applicants.uniqueEmail(who), Applicants.GOOD_PASSWORD);
    }

    private MockHttpSession logIn(String email) throws Exception {
        journeys().activeFamily(email, Applicants.GOOD_PASSWORD);
        return journeys().logIn(email, Applicants.GOOD_PASSWORD);
    }

    private Journeys journeys() {
        return new Journeys(this.mvc, this.context);
    }

    private String html(RequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = this.mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(expectedStatus);
        return result.getResponse().getContentAsString();
    }

    private int status(RequestBuilder request) throws Exception {
        return this.mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String uniqueWord() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

}
