package org.opencity.childcare.webapp.site;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdExpiryJob;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.token.OneTimeTokens;
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
 * The members' ad pages through the real host: posting with every kind of bad input, what
 * another member may and may not do with someone's ad, the bookmarkable search, and the
 * renewal link of the reminder mail.
 */
@ApplicationTest
class AdPagesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdService ads;

    @Test
    void anonymousVisitorsSeeNoAdContent() throws Exception {
        Member camille = newMember("camille");
        Ad ad = this.ads.post(camille.id(), titled("anonyme"));

        for (String path : new String[] { SitePaths.ADS, SitePaths.ADS + "/" + ad.id(), SitePaths.NEW_AD,
                SitePaths.MY_ADS, SitePaths.ADS + "?q=anonyme" }) {
            MvcResult result = this.mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith(SitePaths.LOGIN);
            assertThat(result.getResponse().getContentAsString()).doesNotContain("anonyme");
        }
    }

    @Test
    void aMemberPostsAnAdAndFindsItWithFiltersInABookmarkableAddress() throws Exception {
        String word = uniqueWord();
        MockHttpSession camille = logIn("camille");

        MvcResult posted = this.mvc
            .perform(post(SitePaths.NEW_AD).session(camille).params(Ads.fields(titled(word))).with(csrf()))
            .andReturn();
        String adPage = posted.getResponse().getRedirectedUrl();
        assertThat(adPage).startsWith(SitePaths.ADS + "/").endsWith("?publiee");

        String page = html(get(adPage).session(camille), 200);
        assertThat(Html.text(page)).contains("Votre annonce est en ligne.")
            .contains("encore 30 jours")
            .contains(word)
            .contains("Centre-ville")
            .contains("lundi : après-midi")
            .contains("C’est votre annonce");

        MockHttpSession bastien = logIn("bastien");
        String search = SitePaths.ADS + "?garde=SHARED&quartier=centre&creneau=MONDAY:AFTERNOON&q=" + word;
        String results = html(get(search).session(bastien), 200);
        assertThat(Html.text(results)).contains("1 annonce").contains(word);
        assertThat(Html.inputTag(results, "q")).hasValueSatisfying((tag) -> assertThat(tag).contains(word));

        String elsewhere = html(get(SitePaths.ADS + "?quartier=nord&q=" + word).session(bastien), 200);
        assertThat(Html.text(elsewhere)).contains("Aucune annonce")
            .contains("Aucune annonce ne correspond à tous ces filtres")
            .contains("Être prévenu par courriel");
    }

    @Test
    void aHandEditedSearchAddressStillShowsASearch() throws Exception {
        this.ads.post(newMember("camille").id(), titled(uniqueWord()));
        MockHttpSession bastien = logIn("bastien");

        String page = html(get(SitePaths.ADS + "?age=abc&debut=hier&garde=FUSEE&quartier=%3Cscript%3E&page=-3"
                + "&creneau=FUNDAY:NIGHT&q=" + "x".repeat(500))
            .session(bastien), 200);

        assertThat(Html.text(page)).contains("Annonces de garde d’enfant");
        assertThat(page).doesNotContain("<script>");
        String beyond = this.mvc.perform(get(SitePaths.ADS + "?page=9999").session(bastien))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(beyond).as("a page beyond the last shows the last one").startsWith(SitePaths.ADS);
    }

    @Test
    void theAdFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession camille = logIn("camille");
        AdForm form = Ads.sharedCare();
        form.setTitle("Garde <b>partagée</b> du mardi");
        form.setText("trop court");
        form.setStartDate("31/02/2020");
        form.setHourlyRate("douze euros");
        form.setSlots(java.util.List.of("MONDAY:AFTERNOON", "FUNDAY:NIGHT"));

        String page = html(post(SitePaths.NEW_AD).session(camille).params(Ads.fields(form)).with(csrf()), 422);

        assertThat(Html.errorSummary(page)).isNotEmpty();
        assertThat(Html.fieldError(page, "f-text")).hasValueSatisfying((m) -> assertThat(m).contains("20"));
        assertThat(Html.fieldError(page, "f-startDate")).isPresent();
        assertThat(Html.fieldError(page, "f-hourlyRate")).isPresent();
        assertThat(Html.inputValue(page, "title")).contains("Garde &lt;b&gt;partagée&lt;/b&gt; du mardi");
        assertThat(page).doesNotContain("<b>partagée</b>");
        assertThat(Html.inputValue(page, "hourlyRate")).contains("douze euros");
        assertThat(page).contains("value=\"MONDAY:AFTERNOON\"").containsPattern("MONDAY:AFTERNOON\"[^>]*checked");
    }

    @Test
    void aMemberCannotChangeAnotherMembersAd() throws Exception {
        Member camille = newMember("camille");
        String word = uniqueWord();
        Ad ad = stored(this.ads.post(camille.id(), titled(word)));
        MockHttpSession intruder = logIn("intrus");
        String path = SitePaths.ADS + "/" + ad.id();

        assertThat(status(get(path + "/modifier").session(intruder))).isEqualTo(404);
        MultiValueMap<String, String> fields = Ads.fields(titled("pirate"));
        assertThat(status(post(path + "/modifier").session(intruder).params(fields).with(csrf()))).isEqualTo(404);
        assertThat(status(post(path + "/prolonger").session(intruder).with(csrf()))).isEqualTo(404);
        assertThat(status(post(path + "/retirer").session(intruder).with(csrf()))).isEqualTo(404);
        assertThat(status(post(path + "/cloturer").session(intruder).param("trouve", "oui").with(csrf())))
            .isEqualTo(404);

        Ad after = this.ads.getOwn(camille.id(), ad.id());
        assertThat(after.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(after.content().title()).contains(word);
        assertThat(after.expiresAt()).isEqualTo(ad.expiresAt());
        // Reading it is fine: it is in the listings.
        assertThat(status(get(path).session(intruder))).isEqualTo(200);
    }

    @Test
    void adIdentifiersAreRandomAndAnUnknownOneSaysTheAdIsGone() throws Exception {
        Member camille = newMember("camille");
        Ad first = this.ads.post(camille.id(), titled(uniqueWord()));
        Ad second = this.ads.post(camille.id(), titled(uniqueWord()));
        assertThat(first.id()).matches("[0-9a-f-]{36}");
        assertThat(first.id().substring(0, 13)).isNotEqualTo(second.id().substring(0, 13));

        MockHttpSession bastien = logIn("bastien");
        String page = html(get(SitePaths.ADS + "/" + UUID.randomUUID()).session(bastien), 404);
        assertThat(Html.text(page)).contains("Cette annonce n’est plus en ligne");
    }

    @Test
    void closingAsksWhetherCareWasFoundAndTakesTheAdOutOfTheListings() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member camille = journeys().activeFamily(email, Applicants.GOOD_PASSWORD);
        MockHttpSession session = journeys().logIn(email, Applicants.GOOD_PASSWORD);
        String word = uniqueWord();
        Ad ad = this.ads.post(camille.id(), titled(word));
        String path = SitePaths.ADS + "/" + ad.id() + "/cloturer";

        assertThat(Html.text(html(get(path).session(session), 200)))
            .contains("Avez-vous trouvé une garde grâce au service ?");
        String unanswered = html(post(path).session(session).with(csrf()), 422);
        assertThat(Html.errorSummary(unanswered))
            .containsExactly("#f-trouve: Dites-nous si vous avez trouvé une garde grâce au service.");

        MvcResult closed = this.mvc.perform(post(path).session(session).param("trouve", "oui").with(csrf()))
            .andReturn();
        assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.MY_ADS + "?cloturee");
        assertThat(this.ads.getOwn(camille.id(), ad.id()).foundCare()).isTrue();

        String mine = html(get(SitePaths.MY_ADS + "?cloturee").session(session), 200);
        assertThat(Html.text(mine)).contains("Votre annonce est clôturée").contains("garde trouvée grâce au service");
        MockHttpSession bastien = logIn("bastien");
        assertThat(Html.text(html(get(SitePaths.ADS + "?q=" + word).session(bastien), 200))).contains("Aucune annonce");
        assertThat(status(get(SitePaths.ADS + "/" + ad.id()).session(bastien))).isEqualTo(404);
    }

    @Test
    void theReminderMailRenewsTheAdInOneClickWithoutLoggingIn() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member camille = journeys().activeFamily(email, Applicants.GOOD_PASSWORD);
        Ad ad = stored(this.ads.post(camille.id(), titled(uniqueWord())));

        // The hourly job, 28 days later: the ad expires in two days, so its owner is
        // reminded.
        MutableClock later = new MutableClock(Clock.systemUTC().instant().plus(Duration.ofDays(28)));
        AdSettings settings = this.context.getBean(AdSettings.class);
        new AdExpiryJob(this.context.getBean(JcrTemplate.class), this.context.getBean(Mailer.class),
                this.context.getBean(Links.class), new OneTimeTokens(later, new SecureRandom()), later, settings)
            .run();

        MimeMessage reminder = Journeys.lastMailLinkingTo(email, SitePaths.AD_RENEWAL);
        URI link = Journeys.local(TestMailServer.link(reminder, SitePaths.AD_RENEWAL));

        // Opening the link (as a mail scanner would) changes nothing.
        String confirm = html(get(link), 200);
        assertThat(Html.text(confirm)).contains("Prolonger votre annonce").contains(ad.content().title());
        assertThat(this.ads.getOwn(camille.id(), ad.id()).expiresAt()).isEqualTo(ad.expiresAt());

        String done = html(post(link).with(csrf()), 200);
        assertThat(Html.text(done)).contains("Annonce prolongée");
        assertThat(this.ads.getOwn(camille.id(), ad.id()).expiresAt()).isAfter(ad.expiresAt());

        String again = html(post(link).with(csrf()), 410);
        assertThat(Html.text(again)).contains("Mes annonces");
    }

    /** The ad as the repository keeps it (times to the millisecond). */
    private Ad stored(Ad ad) {
        return this.ads.getOwn(ad.ownerId(), ad.id());
    }

    private AdForm titled(String word) {
        AdForm form = Ads.sharedCare();
        form.setTitle("Garde partagée " + word);
        return form;
    }

    private Member newMember(String who) throws Exception {
        return journeys().activeFamily(Applicants.uniqueEmail(who), Applicants.GOOD_PASSWORD);
    }

    private MockHttpSession logIn(String who) throws Exception {
        String email = Applicants.uniqueEmail(who);
        journeys().activeFamily(email, Applicants.GOOD_PASSWORD);
        return journeys().logIn(email, Applicants.GOOD_PASSWORD);
    }

    private Journeys journeys() {
        return new Journeys(this.mvc, this.context);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request, int expectedStatus)
            throws Exception {
        MvcResult result = this.mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(expectedStatus);
        return result.getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return this.mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String uniqueWord() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

}
