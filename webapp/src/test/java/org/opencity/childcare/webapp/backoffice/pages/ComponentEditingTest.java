package org.opencity.childcare.webapp.backoffice.pages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.jcr.Node;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.WebsiteContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An editor changes the components of a page through the generated forms: what they type
 * is checked and stored as Magnolia stores it, what could harm a resident (scripts,
 * {@code javascript:} links, files that are not images) never reaches the repository, and
 * a type the area does not offer is refused with nothing stored. Each test works on a
 * page of its own, created through the tree.
 */
@ApplicationTest
class ComponentEditingTest {

    private static final String RICH_TEXT = "childcare-site:components/richText";

    private static final String NOTICE = "childcare-site:components/notice";

    private final MockMvc mvc;

    private final WebsiteContent website;

    private final Journeys journeys;

    private final ApplicationContext context;

    private EditorSteps editor;

    @Autowired
    ComponentEditingTest(MockMvc mvc, WebsiteContent website, ApplicationContext context) {
        this.mvc = mvc;
        this.website = website;
        this.journeys = new Journeys(mvc, context);
        this.context = context;
    }

    @BeforeEach
    void logIn() throws Exception {
        this.editor = EditorSteps.editor(this.mvc, this.context);
    }

    @Test
    void richTextWhenSavedShouldLoseItsScriptsAndEventHandlers() throws Exception {
        String page = this.editor.newPage("Texte piégé");

        MvcResult added = this.editor.addComponent(page, "intro", RICH_TEXT, "title", "Horaires", "text",
                "<p onclick=\"steal()\">Ouvert le <strong>mardi</strong></p><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(2)\">lien</a>");

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(EditorSteps.editPath(page) + "#zone-intro");
        assertThat(this.editor.noticeAfter(added)).contains("Composant « Texte » ajouté dans la zone « Introduction");
        ContentNode text = components(page, "intro").get(0);
        assertThat(text.string("text")).isEqualTo("<p>Ouvert le <strong>mardi</strong></p><a>lien</a>")
            .doesNotContain("script", "onclick", "javascript");
        assertThat(text.template()).isEqualTo(RICH_TEXT);
        assertThat(text.string("title")).isEqualTo("Horaires");
    }

    @Test
    void unknownComponentTypeShouldBeRefusedWithNothingStored() throws Exception {
        String page = this.editor.newPage("Type inconnu");

        MvcResult refused = this.editor.addComponent(page, "intro", "childcare-site:components/inconnu", "title",
                "Bonjour");

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("Ce type de composant n’existe pas : rien n’a été enregistré.")
            .contains("role=\"alert\"");
        assertThat(components(page, "intro")).isEmpty();
        assertThat(this.editor
            .perform(get(URI.create(EditorSteps.withPath("/composant/nouveau", page) + "&zone=intro&modele=x:y")))
            .getResponse()
            .getStatus()).isEqualTo(400);
    }

    @Test
    void componentTheAreaDoesNotOfferShouldBeRefusedWithNothingStored() throws Exception {
        String page = this.editor.newPage("Zone stricte");

        MvcResult introOnlyInMain = this.editor.addComponent(page, "intro", "childcare:components/sectionIntro",
                "title", "Bienvenue");
        MvcResult serviceComponent = this.editor.addComponent(page, "main", "childcare:components/adSearch");

        assertThat(introOnlyInMain.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(introOnlyInMain))
            .contains("Le composant « Présentation du service » ne peut pas être placé dans la zone "
                    + "« Introduction, en haut de la page » : rien n’a été enregistré.");
        assertThat(serviceComponent.getResponse().getStatus()).isEqualTo(422);
        assertThat(components(page, "intro")).isEmpty();
        assertThat(components(page, "main")).isEmpty();
        assertThat(body(introOnlyInMain)).as("the area offers only its own types")
            .contains("<option value=\"" + NOTICE + "\">Annonce</option>")
            .doesNotContain("<option value=\"childcare:components/adSearch\"");
    }

    @Test
    void areaShouldRefuseMoreComponentsThanItsCapacity() throws Exception {
        String page = this.editor.newPage("Zone pleine");
        for (int i = 1; i <= 5; i++) {
            this.editor.addComponent(page, "intro", RICH_TEXT, "text", "<p>Texte " + i + "</p>");
        }

        MvcResult sixth = this.editor.addComponent(page, "intro", RICH_TEXT, "text", "<p>Texte 6</p>");

        assertThat(sixth.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(sixth)).contains("contient déjà le nombre maximal de composants (5)");
        assertThat(components(page, "intro")).hasSize(5);
    }

    @Test
    void visitorsAndMembersShouldBeRefusedAndNothingStored() throws Exception {
        String page = this.editor.newPage("Réservée à la rédaction");
        Member member = this.journeys.activeFamily(Applicants.uniqueEmail("curieuse"), Applicants.GOOD_PASSWORD);
        MockHttpSession memberSession = this.journeys.logIn(member.identifier(), Applicants.GOOD_PASSWORD);

        MockHttpServletResponse anonymousTree = this.mvc.perform(get("/backoffice/pages")).andReturn().getResponse();
        MockHttpServletResponse anonymousAdd = this.mvc
            .perform(post("/backoffice/pages/composant/nouveau").param("chemin", page)
                .param("zone", "intro")
                .param("modele", RICH_TEXT)
                .param("text", "<p>Intrus</p>")
                .with(csrf()))
            .andReturn()
            .getResponse();
        MockHttpServletResponse memberTree = this.mvc.perform(get("/backoffice/pages").session(memberSession))
            .andReturn()
            .getResponse();
        MockHttpServletResponse memberAdd = this.mvc
            .perform(post("/backoffice/pages/composant/nouveau").session(memberSession)
                .param("chemin", page)
                .param("zone", "intro")
                .param("modele", RICH_TEXT)
                .param("text", "<p>Intrus</p>")
                .with(csrf()))
            .andReturn()
            .getResponse();

        assertThat(anonymousTree.getRedirectedUrl()).endsWith("/backoffice/connexion");
        assertThat(anonymousAdd.getRedirectedUrl()).endsWith("/backoffice/connexion");
        assertThat(List.of(memberTree.getStatus(), memberAdd.getStatus()))
            .allSatisfy((status) -> assertThat(status).isIn(302, 403));
        assertThat(memberTree.getContentAsString()).doesNotContain("Pages du site");
        assertThat(components(page, "intro")).isEmpty();
    }

    @Test
    void webmasterShouldUseTheEditorToo() throws Exception {
        MockHttpSession webmaster = new TestStaff(this.context).webmasterSession(this.mvc);

        String tree = this.mvc.perform(get("/backoffice/pages").session(webmaster))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

        assertThat(tree).contains("<h1>Pages du site</h1>", "Garde d’enfant", SitePaths.REGISTER)
            .contains("href=\"/backoffice/pages\" aria-current=\"page\">Pages</a>");
    }

    @Test
    void editorShouldAddEditMoveAndDeleteComponents() throws Exception {
        String page = this.editor.newPage("Actualités");

        MvcResult notice = this.editor.addComponent(page, "intro", NOTICE, "title", "Fermeture estivale", "text",
                "<p>Le relais est fermé en août.</p>", "level", "important", "until", "2030-08-31");
        this.editor.addComponent(page, "intro", RICH_TEXT, "text", "<p>Deuxième bloc</p>");
        assertThat(notice.getResponse().getRedirectedUrl()).isNotNull();
        List<ContentNode> added = components(page, "intro");
        assertThat(added).extracting(ContentNode::template).containsExactly(NOTICE, RICH_TEXT);
        ContentNode stored = added.get(0);
        assertThat(stored.string("level")).isEqualTo("important");
        assertThat(stored.properties().get("until")).isInstanceOf(Date.class);
        assertThat(lastModifiedBy(page)).isEqualTo(this.editor.username());

        // The page screen lists both, in order, with their summaries.
        String screen = this.editor.page(EditorSteps.editPath(page));
        assertThat(screen).contains("<legend>Introduction, en haut de la page</legend>")
            .containsSubsequence("<strong>Annonce</strong> – Fermeture estivale",
                    "<strong>Texte</strong> – Deuxième bloc");

        // A missing required field: 422, the problem listed and linked, the values kept.
        MvcResult invalid = this.editor.saveComponent(stored.path(), "title", "", "text",
                "<p>Le relais rouvre le 2 septembre.</p>", "level", "warning");
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        String form = body(invalid);
        assertThat(Html.errorSummary(form)).containsExactly("#f-title: Renseignez le champ « Titre ».");
        assertThat(Html.fieldError(form, "f-title")).contains("Renseignez le champ « Titre ».");
        assertThat(form).contains("&lt;p&gt;Le relais rouvre le 2 septembre.&lt;/p&gt;</textarea>")
            .contains("<option value=\"warning\" selected>");
        assertThat(components(page, "intro").get(0).string("title")).isEqualTo("Fermeture estivale");

        // Too long: the limit of the dialog.
        MvcResult tooLong = this.editor.saveComponent(stored.path(), "title", "x".repeat(121), "level", "info");
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(body(tooLong))).singleElement().asString().contains("120 caractères");

        MvcResult saved = this.editor.saveComponent(stored.path(), "title", "Réouverture", "text",
                "<p>Le relais rouvre le 2 septembre.</p>", "level", "info", "until", "");
        assertThat(this.editor.noticeAfter(saved)).contains("Composant « Annonce » enregistré.");
        ContentNode edited = components(page, "intro").get(0);
        assertThat(edited.string("title")).isEqualTo("Réouverture");
        assertThat(edited.properties()).doesNotContainKey("until");

        // Moved down: the text comes first.
        MvcResult moved = this.editor
            .perform(post("/backoffice/pages/composant/deplacer").param("chemin", edited.path())
                .param("sens", "bas")
                .with(csrf()));
        assertThat(this.editor.noticeAfter(moved)).contains("Composant « Annonce » déplacé.");
        assertThat(components(page, "intro")).extracting(ContentNode::template).containsExactly(RICH_TEXT, NOTICE);

        // Deleted after confirmation.
        String confirmation = this.editor.page(EditorSteps.withPath("/composant/supprimer", edited.path()));
        assertThat(confirmation).contains("Supprimer le composant « Annonce » ?", "Réouverture");
        MvcResult deleted = this.editor
            .perform(post("/backoffice/pages/composant/supprimer").param("chemin", edited.path()).with(csrf()));
        assertThat(this.editor.noticeAfter(deleted)).contains("Composant « Annonce » supprimé.");
        assertThat(components(page, "intro")).extracting(ContentNode::template).containsExactly(RICH_TEXT);
    }

    @Test
    void serviceComponentShouldNeitherBeEditedNorDeleted() throws Exception {
        ContentNode registration = components(SitePaths.REGISTER, "main").get(0);

        MvcResult edit = this.editor.perform(get(URI.create(EditorSteps.withPath("/composant", registration.path()))));
        MvcResult delete = this.editor
            .perform(post("/backoffice/pages/composant/supprimer").param("chemin", registration.path()).with(csrf()));
        String screen = this.editor.page(EditorSteps.editPath(SitePaths.REGISTER));

        assertThat(edit.getResponse().getStatus()).isEqualTo(400);
        assertThat(delete.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(delete)).contains("Ce composant ne peut pas être supprimé");
        assertThat(components(SitePaths.REGISTER, "main")).hasSize(1);
        assertThat(screen).contains("préparé par le service pour chaque visiteur")
            .doesNotContain(EditorSteps.withPath("/composant/supprimer", registration.path()).replace("&", "&amp;"));
    }

    @Test
    void checkboxWithNothingStoredShouldShowItsDefaultSoThatSavingKeepsWhatResidentsSee() throws Exception {
        String page = this.editor.newPage("Présentation");
        this.editor.addComponent(page, "main", "childcare:components/sectionIntro", "title", "Bienvenue", "showSteps",
                "true");
        ContentNode intro = components(page, "main").get(0);
        this.website.author().write((session) -> {
            session.getNode(intro.path()).getProperty("showSteps").remove();
            return null;
        });

        String form = this.editor.page(EditorSteps.withPath("/composant", intro.path()));

        assertThat(Html.inputTag(form, "showSteps")).get().asString().contains(" checked");
        assertThat(Html.inputValue(form, "title")).contains("Bienvenue");
    }

    @Test
    void javascriptLinkShouldBeRefusedWithAFrenchMessage() throws Exception {
        String page = this.editor.newPage("Liens utiles");

        MvcResult refused = this.editor.addComponent(page, "aside", "childcare-site:components/linkList", "title",
                "Liens", "link1Text", "Cliquez", "link1", "javascript:alert(document.cookie)", "link2Text", "Caf",
                "link2", "https://www.caf.fr", "link3Text", "Inscription", "link3", SitePaths.REGISTER);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(body(refused))).singleElement()
            .asString()
            .startsWith("#f-link1: Le champ « Adresse du lien 1 »")
            .contains("javascript:");
        assertThat(Html.inputValue(body(refused), "link2")).contains("https://www.caf.fr");
        assertThat(components(page, "aside")).isEmpty();

        MvcResult accepted = this.editor.addComponent(page, "aside", "childcare-site:components/linkList", "title",
                "Liens", "link2Text", "Caf", "link2", "https://www.caf.fr", "link3Text", "Inscription", "link3",
                SitePaths.REGISTER);
        assertThat(accepted.getResponse().getStatus()).isEqualTo(302);
        assertThat(components(page, "aside").get(0).string("link3")).isEqualTo(SitePaths.REGISTER);
    }

    @Test
    void uploadThatIsNotAnImageShouldBeRefusedWhateverItsDeclaredType() throws Exception {
        String page = this.editor.newPage("Photo");
        MockMultipartFile disguised = new MockMultipartFile("image", "photo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        MvcResult refused = this.editor.perform(image(page, disguised));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(body(refused))).singleElement()
            .asString()
            .contains("n’est pas une image PNG, JPEG, GIF ou WebP");
        assertThat(components(page, "intro")).isEmpty();

        MvcResult accepted = this.editor
            .perform(image(page, new MockMultipartFile("image", "relais.png", "application/octet-stream", png())));
        assertThat(accepted.getResponse().getStatus()).isEqualTo(302);
        ContentNode component = components(page, "intro").get(0);
        ContentNode stored = component.child("image").orElseThrow();
        assertThat(stored.nodeType()).isEqualTo(ContentNode.RESOURCE);
        assertThat(stored.binary().mimeType()).isEqualTo("image/png");
        assertThat(stored.binary().fileName()).isEqualTo("relais.png");
        MvcResult served = this.editor.perform(get(URI.create(EditorSteps.withPath("/fichier", stored.path()))));
        assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(png());
        String form = this.editor.page(EditorSteps.withPath("/composant", component.path()));
        assertThat(form).contains("Image actuelle : relais.png", "name=\"image-supprimer\"",
                "enctype=\"multipart/form-data\"");
    }

    private static MockMultipartHttpServletRequestBuilder image(String page, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart(URI.create("/backoffice/pages/composant/nouveau"));
        request.file(file)
            .param("chemin", page)
            .param("zone", "intro")
            .param("modele", "childcare-site:components/image")
            .param("alt", "La façade du relais")
            .with(csrf());
        return request;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1D3F9A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void savingOverSomeoneElsesSaveShouldKeepBothUntilTheEditorChooses() throws Exception {
        String page = this.editor.newPage("Deux rédacteurs");
        this.editor.addComponent(page, "intro", RICH_TEXT, "title", "Horaires", "text", "<p>Ouvert le mardi.</p>");
        String path = components(page, "intro").get(0).path();
        EditorSteps colleague = EditorSteps.editor(this.mvc, this.context);
        String openedByEditor = version(this.editor.page(EditorSteps.withPath("/composant", path)));
        String openedByColleague = version(colleague.page(EditorSteps.withPath("/composant", path)));

        MvcResult colleagueSaved = save(colleague, path, openedByColleague, "<p>Ouvert le mercredi.</p>");
        MvcResult conflict = save(this.editor, path, openedByEditor, "<p>Ouvert le jeudi.</p>");

        assertThat(colleague.noticeAfter(colleagueSaved)).contains("Composant « Texte » enregistré.");
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        String form = body(conflict);
        assertThat(Html.text(form)).contains("Ce composant a été enregistré par " + colleague.username() + " le ",
                "vos saisies ci-dessous ne sont pas encore enregistrées",
                "La version enregistrée commence par « Horaires »");
        assertThat(form).as("what the editor typed is kept")
            .contains("&lt;p&gt;Ouvert le jeudi.&lt;/p&gt;</textarea>")
            .contains("role=\"alert\"");
        assertThat(components(page, "intro").get(0).string("text")).isEqualTo("<p>Ouvert le mercredi.</p>");

        // Saving again from the returned form replaces the colleague's version,
        // knowingly.
        MvcResult replaced = save(this.editor, path, version(form), "<p>Ouvert le jeudi.</p>");

        assertThat(this.editor.noticeAfter(replaced)).contains("Composant « Texte » enregistré.");
        assertThat(components(page, "intro").get(0).string("text")).isEqualTo("<p>Ouvert le jeudi.</p>");
    }

    @Test
    void savingAComponentDeletedMeanwhileShouldOfferToAddItAgain() throws Exception {
        String page = this.editor.newPage("Composant disparu");
        this.editor.addComponent(page, "intro", NOTICE, "title", "Fermeture", "level", "info");
        String path = components(page, "intro").get(0).path();
        String opened = version(this.editor.page(EditorSteps.withPath("/composant", path)));
        EditorSteps colleague = EditorSteps.editor(this.mvc, this.context);
        colleague.perform(post("/backoffice/pages/composant/supprimer").param("chemin", path).with(csrf()));

        MvcResult gone = this.editor.perform(post("/backoffice/pages/composant").param("chemin", path)
            .param("version", opened)
            .param("modele", NOTICE)
            .param("title", "Fermeture exceptionnelle le 11 novembre")
            .param("level", "important")
            .with(csrf()));

        assertThat(gone.getResponse().getStatus()).isEqualTo(409);
        String form = body(gone);
        assertThat(Html.text(form)).contains("Ce composant a été supprimé par quelqu’un d’autre",
                "ajoutez-le de nouveau pour les enregistrer");
        assertThat(form).contains("action=\"/backoffice/pages/composant/nouveau\"",
                "value=\"Fermeture exceptionnelle le 11 novembre\"", "<option value=\"important\" selected>");
        assertThat(components(page, "intro")).isEmpty();
    }

    private List<ContentNode> components(String page, String area) {
        return this.website.draftPage(page)
            .flatMap((found) -> found.child(area))
            .map(ContentNode::components)
            .orElse(List.of());
    }

    private String lastModifiedBy(String page) {
        return this.website.author().read((session) -> {
            Node node = session.getNode(page);
            Calendar modified = node.getProperty("mgnl:lastModified").getDate();
            assertThat(modified.getTimeInMillis()).isLessThanOrEqualTo(System.currentTimeMillis());
            return node.getProperty("mgnl:lastModifiedBy").getString();
        });
    }

    /** The version of the component a form was opened on. */
    private static String version(String form) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d*)\"").matcher(form);
        assertThat(version.find()).as("the form carries the component's version").isTrue();
        return version.group(1);
    }

    private static MvcResult save(EditorSteps editor, String component, String version, String text) throws Exception {
        return editor.perform(post("/backoffice/pages/composant").param("chemin", component)
            .param("version", version)
            .param("title", "Horaires")
            .param("text", text)
            .with(csrf()));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}
