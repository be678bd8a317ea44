package org.opencity.childcare.webapp.backoffice;

import java.time.Duration;
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

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.webapp.backoffice.Applications.Application;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A webmaster works through the inbox: finds the waiting requests, reads one with its
 * documents, and approves or rejects it; the applicant hears of it by mail.
 */
@ApplicationTest
class RegistrationDecisionTest {

    private static final String ALREADY_DECIDED = "Cette demande a déjà été traitée";

    private final MockMvc mvc;

    private final Applications applications;

    private final RegistrationInbox inbox;

    private final AccountService accounts;

    private final StaffSessions sessions;

    private MockHttpSession webmaster;

    @Autowired
    RegistrationDecisionTest(MockMvc mvc, ApplicationContext context, RegistrationService registrations,
            RegistrationInbox inbox, JcrTemplate jcr, AccountService accounts) {
        this.mvc = mvc;
        this.applications = new Applications(registrations, inbox, jcr);
        this.inbox = inbox;
        this.accounts = accounts;
        this.sessions = new StaffSessions(mvc, context);
    }

    @BeforeEach
    void logIn() throws Exception {
        this.webmaster = this.sessions.webmaster();
    }

    @Test
    void inboxShouldListRequestsOldestFirstWithHowLongTheyHaveWaited() throws Exception {
        this.applications.receivedAgo(Duration.ofDays(3).plusHours(2), "Léon", "Ancien");
        this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));

        String page = page(get("/backoffice/taches"));

        assertThat(page).contains("Léon Ancien", "depuis 3 jours", "Gare – Faubourg", "Famille")
            .contains("Marie Dupont", "à l’instant", "Centre-ville");
        assertThat(page.indexOf("Léon Ancien")).isLessThan(page.lastIndexOf("Marie Dupont"));
    }

    @Test
    void taskPageShouldShowEveryApplicantFieldEscaped() throws Exception {
        RegistrationForm form = Applications.marie(Applications.uniqueEmail("marie"));
        form.setLastName("O'Brien");
        form.setPostalAddress("12 rue <i>Test</i>");
        Application application = this.applications.apply(form);

        String page = page(get(application.taskPath()));

        assertThat(page).contains("Demande d’inscription de Marie O&#39;Brien")
            .contains("12 rue &lt;i&gt;Test&lt;/i&gt;")
            .doesNotContain("<i>Test</i>")
            .contains(application.email(), "06 12 34 56 78", "Centre-ville", "né(e) en mars 2024")
            .contains(Applications.PROOF_FILE_NAME, "PDF", "1 Ko")
            .contains("Le justificatif de domicile est au nom du demandeur et date de moins de 3 mois")
            .contains("L’adresse est dans la commune", "Les nom et prénom correspondent")
            .doesNotContain("Le numéro d’agrément est valide")
            .contains("Je prends cette demande", "Demande reçue");
    }

    @Test
    void taskPageWhenUnknownOrMistypedShouldAnswerNotFound() throws Exception {
        String unknown = "/backoffice/taches/00000000-0000-0000-0000-000000000000";
        String mistyped = "/backoffice/taches/pas-une-demande";

        assertThat(status(get(unknown))).isEqualTo(404);
        assertThat(status(get(mistyped))).isEqualTo(404);
        assertThat(status(get(mistyped + "/documents/1-justificatif-domicile.pdf"))).isEqualTo(404);
        assertThat(status(post(mistyped + "/valider").with(csrf()))).isEqualTo(404);
    }

    @Test
    void documentShouldBeServedWithItsStoredTypeAndNeverCached() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));

        MockHttpServletResponse response = this.mvc.perform(get(documentPath(application)).session(this.webmaster))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(Applications.PROOF);
        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store, private");
        assertThat(response.getHeaders("Content-Disposition")).containsExactly(
                "attachment; filename=\"justificatif-domicile.pdf\"; filename*=UTF-8''justificatif-domicile.pdf");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox");
    }

    @Test
    void claimShouldShowWhoTookTheRequestInTheInbox() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));

        MvcResult claimed = this.mvc
            .perform(post(application.taskPath() + "/prendre").with(csrf()).session(this.webmaster))
            .andReturn();

        assertThat(claimed.getResponse().getRedirectedUrl()).isEqualTo(application.taskPath());
        assertThat(page(get(application.taskPath()))).contains("Vous avez pris cette demande")
            .doesNotContain("Je prends cette demande");
        assertThat(this.inbox.details(application.taskId()).orElseThrow().task().claimedBy())
            .isEqualTo(this.sessions.webmasterSignature());
    }

    @Test
    void approveShouldActivateTheMemberDeleteTheDocumentsAndMailTheIdentifier() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        String document = documentPath(application);

        MvcResult approved = approve(application, "address", "inCity", "identity");

        Member member = this.accounts.findById(application.memberId()).orElseThrow();
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(approved.getFlashMap().get("notice")).isEqualTo("Inscription de Marie D. validée : identifiant "
                + member.identifier() + ", courriel d’activation envoyé.");
        assertThat(this.inbox.details(application.taskId()).orElseThrow().task().decision().checks())
            .containsExactly("address", "inCity", "identity");
        assertThat(this.mvc.perform(get(document).session(this.webmaster)).andReturn().getResponse().getStatus())
            .isEqualTo(404);
        MimeMessage mail = TestMailServer.lastTo(application.email());
        assertThat(mail.getSubject()).contains("votre inscription est validée");
        assertThat(TestMailServer.body(mail)).contains(member.identifier());
    }

    @Test
    void decidedTaskShouldShowTheDecisionAndNoForm() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        approve(application, "address");

        String page = page(get(application.taskPath()));

        assertThat(page).contains("Validée par " + this.sessions.webmasterSignature() + " le ")
            .contains("Les pièces justificatives ont été supprimées après la décision.")
            .contains("Inscription validée")
            .doesNotContain("/valider", "/refuser", "/prendre");
    }

    @Test
    void approveWhenAlreadyApprovedShouldBeRefusedWithoutSecondMail() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        approve(application, "address");
        int mails = TestMailServer.to(application.email()).size();

        MvcResult second = approve(application, "address");

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(application.taskPath());
        assertThat((String) second.getFlashMap().get("error")).contains(ALREADY_DECIDED);
        assertThat(TestMailServer.to(application.email())).hasSize(mails);
        String page = page(get(application.taskPath()).flashAttr("error", second.getFlashMap().get("error")));
        assertThat(page).contains(ALREADY_DECIDED, "Validée par " + this.sessions.webmasterSignature());
    }

    @Test
    void rejectWithoutReasonShouldShowTheErrorNextToTheReasonAndKeepTheChecks() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));

        MockHttpServletResponse response = this.mvc
            .perform(post(application.taskPath() + "/refuser").with(csrf())
                .session(this.webmaster)
                .param("reason", "   ")
                .param("checks", "address", "identity"))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(page).containsPattern("<p class=\"field-error\" id=\"f-reason-error\">.*Indiquez le motif du refus");
        assertThat(page).containsPattern("name=\"checks\" value=\"address\" checked")
            .containsPattern("name=\"checks\" value=\"identity\" checked")
            .doesNotContainPattern("name=\"checks\" value=\"inCity\" checked");
        assertThat(this.accounts.findById(application.memberId()).orElseThrow().status())
            .isEqualTo(MemberStatus.PENDING);
        assertThat(this.inbox.details(application.taskId()).orElseThrow().task().isDecided()).isFalse();
    }

    @Test
    void rejectWithTooLongReasonShouldKeepTheReasonTyped() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        String reason = "Justificatif illisible. ".repeat(50);

        MockHttpServletResponse response = this.mvc.perform(
                post(application.taskPath() + "/refuser").with(csrf()).session(this.webmaster).param("reason", reason))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Ce champ est trop long", "caractères au maximum")
            .contains(">" + reason + "</textarea>");
    }

    @Test
    void rejectWithReasonShouldMailTheReasonToTheApplicant() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        String reason = "Le justificatif de domicile date de plus de trois mois.";

        MvcResult rejected = this.mvc
            .perform(post(application.taskPath() + "/refuser").with(csrf())
                .session(this.webmaster)
                .param("reason", reason)
                .param("checks", "identity"))
            .andReturn();

        assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/taches");
        assertThat(rejected.getFlashMap().get("notice"))
            .isEqualTo("Inscription de Marie D. refusée : le motif lui a été envoyé par courriel.");
        assertThat(this.accounts.findById(application.memberId()).orElseThrow().status())
            .isEqualTo(MemberStatus.REJECTED);
        assertThat(TestMailServer.body(TestMailServer.lastTo(application.email()))).contains(reason);
        assertThat(page(get(application.taskPath())))
            .contains("Refusée par " + this.sessions.webmasterSignature() + " le ")
            .contains(reason);
    }

    @Test
    void inboxAfterDecisionShouldShowTheNoticeAndNoLongerListTheRequest() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        MvcResult approved = approve(application, "address");

        String page = page(get("/backoffice/taches").flashAttr("notice", approved.getFlashMap().get("notice")));

        assertThat(page).contains("role=\"status\"", "Inscription de Marie D. validée")
            .doesNotContain(application.taskPath());
    }

    private MvcResult approve(Application application, String... checks) throws Exception {
        return this.mvc.perform(
                post(application.taskPath() + "/valider").with(csrf()).session(this.webmaster).param("checks", checks))
            .andReturn();
    }

    private String documentPath(Application application) {
        List<String> ids = this.inbox.details(application.taskId())
            .orElseThrow()
            .documents()
            .stream()
            .map((document) -> document.id())
            .toList();
        assertThat(ids).hasSize(1);
        return application.taskPath() + "/documents/" + ids.get(0);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request.session(this.webmaster)).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request.session(this.webmaster)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

}
