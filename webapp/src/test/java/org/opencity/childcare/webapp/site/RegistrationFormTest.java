package org.opencity.childcare.webapp.site;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Browser;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public registration form as an applicant meets it: accepted, or shown again with
 * every problem next to its field and what they typed kept, and the same answer whether
 * or not the address is already registered.
 */
@ApplicationTest
class RegistrationFormTest {

    private static final String REQUIRED = "Ce champ est à remplir.";

    private final MockMvc mvc;

    private final Journeys journeys;

    @LocalServerPort
    private int port;

    @Autowired
    RegistrationFormTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
    }

    @Test
    void registerWhenFormIsValidShouldRedirectToConfirmationAndOpenOneTask() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        MvcResult result = this.journeys.register(Applicants.family(email), Applicants.proofOfAddress());

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.REGISTERED);
        assertThat(this.journeys.openTasksOf(email)).hasSize(1);
        assertThat(this.journeys.member(email)).get()
            .satisfies((member) -> assertThat(member.status()).isEqualTo(MemberStatus.PENDING));
    }

    @Test
    void confirmationPageShouldSayWhatHappensNext() throws Exception {
        MockHttpServletResponse page = this.mvc.perform(get(SitePaths.REGISTERED)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Votre demande est envoyée")
            .contains("Si votre adresse électronique n’était pas déjà inscrite")
            .contains("Un agent de la ville vérifie votre demande");
    }

    @Test
    void registerWhenFieldsAreMissingShouldShowEachProblemNextToItsFieldAndKeepInput() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.remove("lastName");
        fields.remove("postalAddress");
        fields.remove("privacyAccepted");
        fields.set("neighbourhood", "gare");

        MvcResult result = this.journeys.register(fields);

        String html = html(result, 422);
        assertThat(Html.errorSummary(html)).containsExactlyInAnyOrder(
                "#f-documents: Joignez au moins un justificatif de domicile.", "#f-lastName: " + REQUIRED,
                "#f-postalAddress: " + REQUIRED,
                "#f-privacyAccepted: Cochez la case pour accepter l’utilisation de vos données ; "
                        + "sans cela nous ne pouvons pas traiter votre demande.");
        assertThat(html).contains("4 points sont à corriger avant d’envoyer le formulaire");
        assertErrorNextTo(html, "lastName", REQUIRED);
        assertErrorNextTo(html, "postalAddress", REQUIRED);
        assertThat(Html.fieldError(html, "f-documents")).hasValue("Joignez au moins un justificatif de domicile.");
        assertThat(Html.fieldError(html, "f-firstName")).isEmpty();
        assertThat(Html.inputValue(html, "firstName")).hasValue("Camille");
        assertThat(Html.inputValue(html, "email")).hasValue(email);
        assertThat(Html.inputValue(html, "phone")).hasValue("06 12 34 56 78");
        assertThat(Html.inputValue(html, "children[0].year")).hasValue(fields.getFirst("children[0].year"));
        assertThat(Html.inputTag(html, "kind")).get().asString().contains("value=\"FAMILY\"").contains("checked");
        assertThat(html).contains("<option value=\"gare\" selected>");
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenDocumentIsScriptRenamedPdfShouldRefuseAndKeepInput() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        MvcResult result = this.journeys.register(Applicants.family(email),
                Applicants.scriptNamedPdf("facture-edf.pdf"));

        String html = html(result, 422);
        assertThat(Html.fieldError(html, "f-documents"))
            .hasValue("Le fichier « facture-edf.pdf » n’est ni un PDF, ni une image JPEG ou PNG. "
                    + "Enregistrez-le ou photographiez-le dans l’un de ces formats, puis joignez-le à nouveau.");
        assertThat(Html.inputValue(html, "firstName")).hasValue("Camille");
        assertThat(Html.inputValue(html, "postalAddress")).hasValue("12 rue des Lilas");
        assertThat(html).contains("les fichiers ne sont pas conservés quand le formulaire contient une erreur");
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenDocumentIsOver5MbShouldRefuseWithTooLargeMessageAndKeepInput() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        MvcResult result = this.journeys.register(Applicants.family(email),
                Applicants.pdf("scan-6-mo.pdf", 6 * 1024 * 1024));

        String html = html(result, 422);
        assertThat(Html.fieldError(html, "f-documents")).get()
            .asString()
            .startsWith("Le fichier « scan-6-mo.pdf » dépasse 5 Mo.");
        assertThat(Html.inputValue(html, "email")).hasValue(email);
        assertThat(Html.inputValue(html, "postalAddress")).hasValue("12 rue des Lilas");
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenFourDocumentsShouldAskForThreeAtMost() throws Exception {
        String email = Applicants.uniqueEmail("camille");

        MvcResult result = this.journeys.register(Applicants.family(email), Applicants.pdf("a.pdf", 1000),
                Applicants.pdf("b.pdf", 1000), Applicants.pdf("c.pdf", 1000), Applicants.pdf("d.pdf", 1000));

        String html = html(result, 422);
        assertThat(Html.fieldError(html, "f-documents")).hasValue("Joignez 3 fichiers au plus.");
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenFirstNameIsTooLongShouldRefuseAndKeepIt() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        String longName = "Marie-" + "a".repeat(55);
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.set("firstName", longName);

        MvcResult result = this.journeys.register(fields, Applicants.proofOfAddress());

        String html = html(result, 422);
        assertThat(longName).hasSize(61);
        assertErrorNextTo(html, "firstName", "Ce champ est trop long : 60 caractères au maximum.");
        assertThat(Html.inputValue(html, "firstName")).hasValue(longName);
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenNameContainsHtmlShouldRefuseAndShowItEscaped() throws Exception {
        String email = Applicants.uniqueEmail("zoe");
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.set("firstName", "<b>Zoé</b>");

        MvcResult result = this.journeys.register(fields, Applicants.proofOfAddress());

        String html = html(result, 422);
        assertErrorNextTo(html, "firstName",
                "Utilisez uniquement des lettres, des espaces, des tirets et des apostrophes.");
        assertThat(Html.inputValue(html, "firstName")).hasValue("&lt;b&gt;Zoé&lt;/b&gt;");
        assertThat(html).doesNotContain("<b>Zoé");
        assertThat(this.journeys.member(email)).isEmpty();
    }

    @Test
    void registerWhenAddressLooksLikeTemplateCodeShouldEchoAndStoreItLiterally() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        String address = "${7*7} [#assign x=1] rue des Lilas";
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.set("postalAddress", address);
        fields.remove("lastName");

        String refused = html(this.journeys.register(fields, Applicants.proofOfAddress()), 422);
        fields.set("lastName", "Martin");
        MvcResult accepted = this.journeys.register(fields, Applicants.proofOfAddress());

        assertThat(Html.inputValue(refused, "postalAddress")).hasValue(address);
        assertThat(refused).doesNotContain("value=\"49");
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.REGISTERED);
        assertThat(this.journeys.member(email)).get()
            .satisfies((member) -> assertThat(member.profile().postalAddress()).isEqualTo(address));
    }

    @Test
    void registerWhenChildRowsAreBeyondTheFormShouldIgnoreThemAndShowTheForm() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.add("children[9].month", "5");
        fields.add("children[-1].year", "2020");
        fields.remove("lastName");

        MvcResult result = this.journeys.register(fields, Applicants.proofOfAddress());

        String html = html(result, 422);
        assertErrorNextTo(html, "lastName", REQUIRED);
        assertThat(Html.inputValue(html, "children[0].year")).hasValue(fields.getFirst("children[0].year"));
        assertThat(Html.inputTag(html, "children[3].year")).isPresent();
        assertThat(html).doesNotContain("children[9]").doesNotContain("children[-1]");
    }

    @Test
    void registerWhenAddressIsKnownShouldAnswerAsForANewOneAndCreateNoSecondAccount() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MvcResult first = this.journeys.register(Applicants.family(email), Applicants.proofOfAddress());
        MultiValueMap<String, String> again = Applicants.family(email.toUpperCase());
        again.set("firstName", "Zoé");
        again.set("postalAddress", "3 impasse du Moulin");

        MvcResult second = this.journeys.register(again, Applicants.proofOfAddress());

        assertThat(second.getResponse().getStatus()).isEqualTo(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(this.journeys.openTasksOf(email)).hasSize(1);
        assertThat(this.journeys.member(email)).get().satisfies((member) -> {
            assertThat(member.profile().firstName()).isEqualTo("Camille");
            assertThat(member.profile().postalAddress()).isEqualTo("12 rue des Lilas");
        });
        assertThat(TestMailServer.to(email)).hasSize(2);
        assertThat(TestMailServer.lastTo(email).getSubject())
            .isEqualTo("Garde d’enfant : une demande d’inscription avec votre adresse");
    }

    @Test
    void registerWithoutFormTokenShouldShowExpiredPageAndStoreNothing() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Browser browser = new Browser(this.port);
        browser.get(SitePaths.REGISTER);
        Map<String, String> fields = Applicants.family(email).toSingleValueMap();

        Browser.Page page = browser.postMultipart(SitePaths.REGISTER, fields, "documents", "justificatif-domicile.pdf",
                Applicants.proofOfAddress().getBytes());

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Page expirée").contains("rechargez la page et envoyez-le de nouveau");
        assertThat(this.journeys.member(email)).isEmpty();
        assertThat(TestMailServer.to(email)).isEmpty();
    }

    private static String html(MvcResult result, int expectedStatus) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString();
    }

    /** The message is shown next to the field and announced with it by screen readers. */
    private static void assertErrorNextTo(String html, String field, String message) {
        assertThat(Html.fieldError(html, "f-" + field)).as("error of " + field).hasValue(message);
        assertThat(Html.inputTag(html, field)).get()
            .asString()
            .contains("aria-invalid=\"true\"")
            .containsPattern("aria-describedby=\"[^\"]*f-" + field + "-error");
    }

}
