package org.opencity.childcare.webapp.site;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Browser;
import org.opencity.childcare.webapp.support.Journeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees when something goes wrong, over real HTTP so that the servlet
 * container's error handling and upload limits take part: a page in French that says what
 * to do, inside the city's page, never a stack trace or a server's default page.
 */
@ApplicationTest
class ErrorPagesTest {

    private final Journeys journeys;

    private final JcrTemplate jcr;

    @LocalServerPort
    private int port;

    @Autowired
    ErrorPagesTest(MockMvc mvc, ApplicationContext context, JcrTemplate jcr) {
        this.journeys = new Journeys(mvc, context);
        this.jcr = jcr;
    }

    @Test
    void unknownPageShouldAnswerWithTheFrenchNotFoundPage() {
        Browser browser = new Browser(this.port);

        for (String path : new String[] { SitePaths.SECTION + "/nulle-part", "/nulle-part" }) {
            Browser.Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path)
                .contains("<h1>Page introuvable</h1>")
                .contains("Vérifiez l’adresse, ou repartez de la page Garde d’enfant.")
                .contains("href=\"" + SitePaths.SECTION + "\"");
            assertNoTechnicalDetails(page);
        }
    }

    @Test
    void failingRequestShouldAnswerWithTheFriendlyServerErrorPage() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member member = this.journeys.activeFamily(email, Applicants.GOOD_PASSWORD);
        Browser browser = new Browser(this.port);
        browser.post(SitePaths.LOGIN, Map.of("login", email, "password", Applicants.GOOD_PASSWORD, "_csrf",
                Browser.csrfToken(browser.get(SitePaths.LOGIN))));
        // A stored record the service cannot read any more (a deleted member is no
        // failure: their sessions just end).
        this.jcr.write((session) -> {
            session.getNodeByIdentifier(member.id()).getProperty("kind").remove();
            return null;
        });

        Browser.Page page = browser.get(SitePaths.ACCOUNT);

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("<h1>Le service rencontre un problème</h1>")
            .contains("Rien de ce qui était déjà enregistré n’est perdu. Réessayez dans quelques minutes.");
        assertNoTechnicalDetails(page);
        assertThat(page.body()).doesNotContain("MemberNotFound").doesNotContain(member.id());
    }

    @Test
    void uploadOver25MbShouldAnswerWithTheFrenchTooLargePage() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Browser browser = new Browser(this.port);
        Map<String, String> fields = new HashMap<>(Applicants.family(email).toSingleValueMap());
        fields.put("_csrf", Browser.csrfToken(browser.get(SitePaths.REGISTER)));

        Browser.Page page = browser.postMultipart(SitePaths.REGISTER, fields, "documents", "scan-26-mo.pdf",
                Applicants.pdf("scan-26-mo.pdf", 26 * 1024 * 1024).getBytes());

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("<h1>Envoi trop volumineux</h1>")
            .contains("joignez 3 fichiers de 5 Mo au plus chacun");
        assertNoTechnicalDetails(page);
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void forgedCheckboxValueShouldAnswerWithTheFrenchBadRequestPage() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Browser browser = new Browser(this.port);
        Map<String, String> fields = new HashMap<>(Applicants.family(email).toSingleValueMap());
        fields.put("privacyAccepted", "peut-être");
        fields.put("_csrf", Browser.csrfToken(browser.get(SitePaths.REGISTER)));

        Browser.Page page = browser.postMultipart(SitePaths.REGISTER, fields, "documents", "justificatif-domicile.pdf",
                Applicants.proofOfAddress().getBytes());

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<h1>Demande incorrecte</h1>");
        assertNoTechnicalDetails(page);
        assertThat(this.journeys.member(email)).isEmpty();
    }

    private static void assertNoTechnicalDetails(Browser.Page page) {
        assertThat(page.body()).contains("<html lang=\"fr\">")
            .doesNotContain("Whitelabel")
            .doesNotContain("Exception")
            .doesNotContain("at org.")
            .doesNotContain("Apache Tomcat");
    }

}
