package org.opencity.childcare.webapp.site;

import java.net.URI;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
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
 * Members write to each other through the site: Bastien contacts Camille about her ad,
 * Camille is told by a mail that does not give Bastien's address, last name or phone, and
 * replies in the site; Chloé, a third member, cannot read them; blocking stops them.
 */
@ApplicationTest
class ConversationsTest {

    private static final String HELLO = "Bonjour Camille, notre fils a 15 mois, nous habitons près de l’école.";

    private static final String BASTIEN_LAST_NAME = "Durand-Lefort";

    private static final String BASTIEN_PHONE = "07 98 76 54 32";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final AdService ads;

    private Member camille;

    private Member bastien;

    private MockHttpSession camilleSession;

    private MockHttpSession bastienSession;

    private Ad ad;

    @Autowired
    ConversationsTest(MockMvc mvc, ApplicationContext context, AdService ads) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.ads = ads;
    }

    @BeforeEach
    void twoFamiliesAndAnAd() throws Exception {
        this.camille = this.journeys.activeFamily(Applicants.uniqueEmail("camille"), Applicants.GOOD_PASSWORD);
        MultiValueMap<String, String> fields = Applicants.family(Applicants.uniqueEmail("bastien"));
        fields.set("firstName", "Bastien");
        fields.set("lastName", BASTIEN_LAST_NAME);
        fields.set("phone", BASTIEN_PHONE);
        this.bastien = this.journeys.active(fields, Applicants.GOOD_PASSWORD);
        this.camilleSession = this.journeys.logIn(this.camille.identifier(), Applicants.GOOD_PASSWORD);
        this.bastienSession = this.journeys.logIn(this.bastien.identifier(), Applicants.GOOD_PASSWORD);
        this.ad = postAd(this.camille, "Garde partagée " + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void contactShouldMailTheOwnerWithoutTheWritersAddressAndLinkToTheConversation() throws Exception {
        MockHttpServletResponse form = perform(get(contactPath(this.ad)), this.bastienSession);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains(this.ad.content().title(), "Envoyer le message");

        String conversation = contact(this.bastienSession, this.ad, HELLO);

        String page = page(get(conversation + "?envoye"), this.bastienSession);
        assertThat(page).contains("Votre message a été envoyé", "vous serez prévenu·e par courriel de sa réponse")
            .contains("Vous", "Bonjour Camille, notre fils a 15 mois");
        MimeMessage mail = TestMailServer.lastTo(this.camille.profile().email());
        String body = TestMailServer.body(mail);
        assertThat(mail.getSubject())
            .contains("nouveau message au sujet de l’annonce « " + this.ad.content().title() + " »");
        assertThat(body).contains("Bastien (membre " + this.bastien.identifier() + ")")
            .doesNotContain(this.bastien.profile().email(), BASTIEN_LAST_NAME, BASTIEN_PHONE, "0798765432")
            .doesNotContain("notre fils a 15 mois");
        assertThat(mail.getReplyTo()).extracting(Object::toString)
            .noneMatch((address) -> address.contains(this.bastien.profile().email()));
        URI link = Journeys.local(TestMailServer.link(mail, SitePaths.CONVERSATIONS));
        assertThat(link.getPath()).isEqualTo(conversation);
        assertThat(page(get(link), this.camilleSession)).contains("Bastien", "notre fils a 15 mois")
            .doesNotContain(BASTIEN_LAST_NAME);
    }

    @Test
    void replyInTheSiteShouldNotifyTheWriter() throws Exception {
        String conversation = contact(this.bastienSession, this.ad, HELLO);
        page(get(conversation), this.camilleSession);
        int mailsBefore = TestMailServer.to(this.bastien.profile().email()).size();

        MockHttpServletResponse replied = perform(
                post(conversation + "/repondre").param("message", "Avec plaisir, passez jeudi à 18 h.").with(csrf()),
                this.camilleSession);

        assertThat(replied.getRedirectedUrl()).isEqualTo(conversation + "?repondu");
        assertThat(TestMailServer.to(this.bastien.profile().email())).hasSize(mailsBefore + 1);
        MimeMessage mail = TestMailServer.lastTo(this.bastien.profile().email());
        assertThat(TestMailServer.body(mail)).contains("Camille (membre " + this.camille.identifier() + ")")
            .contains(conversation)
            .doesNotContain(this.camille.profile().email(), "Martin");
        assertThat(page(get(conversation), this.bastienSession)).contains("Avec plaisir, passez jeudi à 18 h.");
    }

    @Test
    void aThirdMemberShouldGetTheSamePageAsForAConversationThatDoesNotExist() throws Exception {
        String conversation = contact(this.bastienSession, this.ad, HELLO);
        Member chloe = this.journeys.activeFamily(Applicants.uniqueEmail("chloe"), Applicants.GOOD_PASSWORD);
        MockHttpSession chloeSession = this.journeys.logIn(chloe.identifier(), Applicants.GOOD_PASSWORD);

        MockHttpServletResponse read = perform(get(conversation), chloeSession);
        MockHttpServletResponse missing = perform(get(SitePaths.CONVERSATIONS + "/" + UUID.randomUUID()), chloeSession);

        assertThat(read.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(read.getContentAsString()).contains("Page introuvable").doesNotContain("notre fils");
        assertThat(perform(post(conversation + "/repondre").param("message", "Coucou").with(csrf()), chloeSession)
            .getStatus()).isEqualTo(404);
        assertThat(perform(post(conversation + "/bloquer").with(csrf()), chloeSession).getStatus()).isEqualTo(404);
        assertThat(perform(get(conversation + "/signaler"), chloeSession).getStatus()).isEqualTo(404);
        assertThat(perform(get(SitePaths.CONVERSATIONS + "/pas-une-conversation"), chloeSession).getStatus())
            .isEqualTo(404);
    }

    @Test
    void contactingOnesOwnAdShouldBeRefused() throws Exception {
        int mailsBefore = TestMailServer.to(this.camille.profile().email()).size();

        MockHttpServletResponse form = perform(get(contactPath(this.ad)), this.camilleSession);
        MockHttpServletResponse sent = perform(post(contactPath(this.ad)).param("message", HELLO).with(csrf()),
                this.camilleSession);

        assertThat(form.getStatus()).isEqualTo(403);
        assertThat(form.getContentAsString()).contains("Cette annonce est la vôtre").doesNotContain("<textarea");
        assertThat(sent.getStatus()).isEqualTo(403);
        assertThat(TestMailServer.to(this.camille.profile().email())).hasSize(mailsBefore);
    }

    @Test
    void contactingAfterBeingBlockedShouldBeRefused() throws Exception {
        String conversation = contact(this.bastienSession, this.ad, HELLO);
        Ad otherAd = postAd(this.camille, "Sorties d’école " + UUID.randomUUID().toString().substring(0, 8));

        MockHttpServletResponse blocked = perform(post(conversation + "/bloquer").with(csrf()), this.camilleSession);

        assertThat(blocked.getRedirectedUrl()).isEqualTo(conversation + "?bloque");
        assertThat(page(get(conversation), this.camilleSession)).contains("Vous avez bloqué ce membre")
            .contains("Débloquer ce membre");
        MockHttpServletResponse contact = perform(get(contactPath(otherAd)), this.bastienSession);
        assertThat(contact.getStatus()).isEqualTo(403);
        assertThat(contact.getContentAsString()).contains("Vous ne pouvez pas contacter ce membre.");
        MockHttpServletResponse reply = perform(
                post(conversation + "/repondre").param("message", "Pourquoi ?").with(csrf()), this.bastienSession);
        assertThat(reply.getStatus()).isEqualTo(403);
        assertThat(reply.getContentAsString()).contains("Vous ne pouvez pas contacter ce membre.");

        perform(post(conversation + "/debloquer").with(csrf()), this.camilleSession);

        assertThat(perform(get(contactPath(otherAd)), this.bastienSession).getStatus()).isEqualTo(200);
    }

    @Test
    void emptyOrTooShortMessageShouldBeShownAgainWithTheErrorNextToTheField() throws Exception {
        MockHttpServletResponse empty = perform(post(contactPath(this.ad)).param("message", "   ").with(csrf()),
                this.bastienSession);
        MockHttpServletResponse tooShort = perform(post(contactPath(this.ad)).param("message", "A").with(csrf()),
                this.bastienSession);

        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(empty.getContentAsString(), "f-message")).hasValue("Écrivez votre message.");
        assertThat(Html.errorSummary(empty.getContentAsString())).containsExactly("#f-message: Écrivez votre message.");
        assertThat(tooShort.getStatus()).isEqualTo(422);
        // MessageFormat writes 2000 the French way, with a narrow space: "2 000".
        assertThat(Html.fieldError(tooShort.getContentAsString(), "f-message")).hasValueSatisfying(
                (error) -> assertThat(error).matches("Votre message doit compter de 2 à 2.000 caractères\\."));
        assertThat(tooShort.getContentAsString()).contains(">A</textarea>");
        assertThat(page(get(SitePaths.CONVERSATIONS), this.bastienSession)).contains("Aucun message pour l’instant");
    }

    @Test
    void conversationListShouldShowTheUnreadMessagesOrAnEmptyState() throws Exception {
        String empty = page(get(SitePaths.CONVERSATIONS), this.camilleSession);
        assertThat(empty).contains("Aucun message pour l’instant. Contactez un membre depuis une annonce.")
            .contains("href=\"" + SitePaths.ADS + "\"");

        String conversation = contact(this.bastienSession, this.ad, HELLO);

        String list = page(get(SitePaths.CONVERSATIONS), this.camilleSession);
        assertThat(list).contains(this.ad.content().title(), "Avec Bastien", "1 message non lu", conversation);
        page(get(conversation), this.camilleSession);
        assertThat(page(get(SitePaths.CONVERSATIONS), this.camilleSession)).doesNotContain("non lu");
    }

    @Test
    void conversationPagesShouldNeedAMember() throws Exception {
        String conversation = contact(this.bastienSession, this.ad, HELLO);

        MockHttpServletResponse anonymous = this.mvc.perform(get(conversation)).andReturn().getResponse();

        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains(SitePaths.LOGIN);
    }

    private Ad postAd(Member owner, String title) {
        AdForm form = Ads.sharedCare();
        form.setTitle(title);
        return this.ads.post(owner.id(), form);
    }

    /** Sends a first message about the ad; returns the conversation's path. */
    private String contact(MockHttpSession session, Ad about, String message) throws Exception {
        MockHttpServletResponse sent = perform(post(contactPath(about)).param("message", message).with(csrf()),
                session);
        assertThat(sent.getRedirectedUrl()).as("redirect after contact").startsWith(SitePaths.CONVERSATIONS + "/");
        String target = sent.getRedirectedUrl();
        return target.substring(0, target.indexOf('?'));
    }

    private static String contactPath(Ad about) {
        return SitePaths.ADS + "/" + about.id() + "/contacter";
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = perform(request, session);
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString();
    }

}
