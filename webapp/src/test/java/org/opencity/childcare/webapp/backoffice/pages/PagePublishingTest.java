package org.opencity.childcare.webapp.backoffice.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.Publications;
import org.opencity.childcare.webapp.website.WebsiteContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pages in the editor's tree, from creation to deletion: residents see a page only once
 * it is published, never the draft being worked on; the preview shows the draft; every
 * publication is in the history and can be brought back from it.
 */
@ApplicationTest
class PagePublishingTest {

    private static final String RICH_TEXT = "childcare-site:components/richText";

    private final MockMvc mvc;

    private final WebsiteContent website;

    private final Publications publications;

    private final ApplicationContext context;

    private EditorSteps editor;

    @Autowired
    PagePublishingTest(MockMvc mvc, WebsiteContent website, Publications publications, ApplicationContext context) {
        this.mvc = mvc;
        this.website = website;
        this.publications = publications;
        this.context = context;
    }

    @BeforeEach
    void logIn() throws Exception {
        this.editor = EditorSteps.editor(this.mvc, this.context);
    }

    @Test
    void residentsShouldSeeAPageOnlyOncePublishedAndTheRestoredVersionAfterwards() throws Exception {
        String page = this.editor.newPage("Infos pratiques");
        this.editor.addComponent(page, "intro", RICH_TEXT, "text", "<p>Permanence le mardi.</p>");
        assertThat(status(page)).as("a page never published").isEqualTo(404);
        assertThat(treeEntry(page)).contains("jamais publiée");

        MvcResult published = this.editor.publish(page);
        assertThat(this.editor.noticeAfter(published))
            .contains("Page « Infos pratiques » publiée : les habitants voient désormais cette version.");
        assertThat(resident(page)).contains("Permanence le mardi.");
        assertThat(treeEntry(page)).contains("publiée").doesNotContain("jamais", "modifiée");

        ContentNode text = this.website.draftPage(page).orElseThrow().child("intro").orElseThrow().components().get(0);
        this.editor.saveComponent(text.path(), "text", "<p>Permanence le jeudi.</p>");
        assertThat(resident(page)).as("the draft is not public").contains("le mardi").doesNotContain("le jeudi");
        assertThat(treeEntry(page)).contains("modifiée depuis la publication");
        String preview = this.editor.page(EditorSteps.withPath("/apercu", page));
        assertThat(preview).contains("Permanence le jeudi.", "Aperçu de la version non publiée");

        this.editor.publish(page);
        assertThat(resident(page)).contains("le jeudi").doesNotContain("le mardi");

        // The history lists both publications, newest first, each restorable.
        String history = this.editor.page(EditorSteps.withPath("/historique", page));
        List<String> restoreLinks = restoreLinks(history);
        assertThat(restoreLinks).hasSize(2);
        assertThat(Html.text(history)).contains("Publiée le", "par " + this.editor.username(), "(version en ligne)");
        String older = restoreLinks.get(1);
        assertThat(this.editor.page(older)).contains("Restaurer la version du", "Restaurer et publier cette version");
        String olderId = older.substring(older.indexOf("publication=") + "publication=".length());

        MvcResult restored = this.editor.perform(
                post("/backoffice/pages/restaurer").param("chemin", page).param("publication", olderId).with(csrf()));
        assertThat(this.editor.noticeAfter(restored)).contains("restaurée et publiée");
        assertThat(resident(page)).contains("le mardi").doesNotContain("le jeudi");
        assertThat(this.publications.history(page)).hasSize(3);
        assertThat(this.editor.page(EditorSteps.withPath("/historique", page)))
            .contains("Restauration de la version du");
    }

    @Test
    void pageUnderAnUnpublishedParentShouldAskToPublishTheParentFirst() throws Exception {
        String parent = this.editor.newPage("Rubrique parente");
        String name = "enfant";
        MvcResult created = this.editor.perform(post("/backoffice/pages/nouvelle").param("parent", parent)
            .param("name", name)
            .param("title", "Page enfant")
            .with(csrf()));
        String child = parent + "/" + name;
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(EditorSteps.editPath(child));

        MvcResult refused = this.editor.publish(child);

        assertThat(this.editor.noticeAfter(refused)).contains("Publiez d’abord la page parente « Rubrique parente »");
        assertThat(this.website.livePage(child)).isEmpty();
        assertThat(this.editor.page(EditorSteps.editPath(child))).contains("Publiez d’abord la page parente");
    }

    @Test
    void newPageShouldRefuseAnAddressThatIsNotASimpleSegmentAndKeepWhatWasTyped() throws Exception {
        MvcResult refused = this.editor.perform(post("/backoffice/pages/nouvelle").param("parent", SitePaths.SECTION)
            .param("name", "Infos Pratiques/../x")
            .param("title", "")
            .with(csrf()));
        MvcResult taken = this.editor.perform(post("/backoffice/pages/nouvelle").param("parent", SitePaths.SECTION)
            .param("name", "inscription")
            .param("title", "Doublon")
            .with(csrf()));
        MvcResult reserved = this.editor.perform(post("/backoffice/pages/nouvelle").param("parent", SitePaths.SECTION)
            .param("name", "aside")
            .param("title", "Zone")
            .with(csrf()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        String form = body(refused);
        assertThat(Html.errorSummary(form)).containsExactly("#f-title: Indiquez le titre de la page.",
                "#f-name: L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres "
                        + "et des tirets (pas au début ni à la fin), 60 caractères au plus, par exemple "
                        + "infos-pratiques.");
        assertThat(Html.inputValue(form, "name")).contains("Infos Pratiques/../x");
        assertThat(taken.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(taken)).contains("La page parente a déjà une sous-page à cette adresse");
        assertThat(reserved.getResponse().getStatus()).isEqualTo(422);
        assertThat(this.website.draftPage(SitePaths.SECTION + "/aside")).isEmpty();
    }

    @Test
    void pagePropertiesShouldBeCheckedAndStored() throws Exception {
        String page = this.editor.newPage("Ancien titre");

        MvcResult invalid = this.editor.perform(post("/backoffice/pages/modifier").param("chemin", page)
            .param("title", " ")
            .param("description", "Une description gardée")
            .with(csrf()));
        MvcResult saved = this.editor.perform(post("/backoffice/pages/modifier").param("chemin", page)
            .param("title", "Nouveau titre")
            .param("description", "")
            .with(csrf()));

        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(body(invalid)))
            .containsExactly("#f-title: Renseignez le champ « Titre de la page ».");
        assertThat(body(invalid)).contains("Une description gardée</textarea>");
        assertThat(this.editor.noticeAfter(saved)).contains("Propriétés de la page enregistrées.");
        ContentNode stored = this.website.draftPage(page).orElseThrow();
        assertThat(stored.string("title")).isEqualTo("Nouveau titre");
        assertThat(stored.properties()).doesNotContainKey("description");
    }

    @Test
    void deletingShouldTakeThePageOffTheSiteButNeverAPageOfTheService() throws Exception {
        String page = this.editor.newPage("Page éphémère");
        this.editor.addComponent(page, "intro", RICH_TEXT, "text", "<p>Bientôt supprimée.</p>");
        this.editor.publish(page);
        assertThat(resident(page)).contains("Bientôt supprimée.");

        assertThat(this.editor.page(EditorSteps.withPath("/supprimer", page)))
            .contains("Supprimer la page « Page éphémère » ?", "Supprimer définitivement");
        MvcResult deleted = this.editor.perform(post("/backoffice/pages/supprimer").param("chemin", page).with(csrf()));

        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/pages");
        assertThat(this.editor.noticeAfter(deleted)).contains("Page « Page éphémère » supprimée et retirée du site.");
        assertThat(status(page)).isEqualTo(404);
        assertThat(this.website.draftPage(page)).isEmpty();

        String registration = this.editor.page(EditorSteps.withPath("/supprimer", SitePaths.REGISTER));
        MvcResult refused = this.editor
            .perform(post("/backoffice/pages/supprimer").param("chemin", SitePaths.REGISTER).with(csrf()));
        assertThat(registration).contains("affiche le service lui-même").doesNotContain("Supprimer définitivement");
        assertThat(this.editor.noticeAfter(refused)).contains("ne peut pas être supprimée");
        assertThat(this.website.draftPage(SitePaths.REGISTER)).isPresent();
        assertThat(this.website.livePage(SitePaths.REGISTER)).isPresent();
        assertThat(treeEntry(SitePaths.SECTION)).doesNotContain("/supprimer?");
    }

    @Test
    void previewShouldShowTheDraftWithPlaceholdersForTheService() throws Exception {
        String preview = this.editor.page(EditorSteps.withPath("/apercu", SitePaths.REGISTER));

        assertThat(preview).contains("Aperçu de la version non publiée", "<meta name=\"robots\" content=\"noindex\">")
            .contains("Ici s’affiche le service")
            .doesNotContain("name=\"firstName\"");
    }

    @Test
    void unknownPathsShouldBeNotFound() throws Exception {
        for (String path : List.of("/autre/page", SitePaths.SECTION + "/inexistante", SitePaths.SECTION + "/../x",
                "/jcr:root//*")) {
            assertThat(this.editor.perform(get(URI.create(EditorSteps.editPath(path)))).getResponse().getStatus())
                .as(path)
                .isEqualTo(404);
        }
        assertThat(this.editor.perform(get(URI.create(EditorSteps.withPath("/fichier", "/etc/passwd"))))
            .getResponse()
            .getStatus()).isEqualTo(404);
    }

    /** The page as a resident sees it. */
    private String resident(String path) throws Exception {
        MvcResult result = this.mvc.perform(get(URI.create(path))).andReturn();
        assertThat(result.getResponse().getStatus()).as("resident's GET " + path).isEqualTo(200);
        return body(result);
    }

    private int status(String path) throws Exception {
        return this.mvc.perform(get(URI.create(path))).andReturn().getResponse().getStatus();
    }

    /** The page's entry in the tree, up to its actions. */
    private String treeEntry(String page) throws Exception {
        String tree = this.editor.page("/backoffice/pages");
        int at = tree.indexOf("<code class=\"page-tree__address\">" + page + "</code>");
        assertThat(at).as("the page in the tree").isNotNegative();
        int start = tree.lastIndexOf("<div class=\"page-tree__page\">", at);
        return tree.substring(start, tree.indexOf("</ul>", at));
    }

    private static List<String> restoreLinks(String html) {
        Matcher links = Pattern.compile("href=\"(/backoffice/pages/restaurer\\?[^\"]+)\"").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (links.find()) {
            found.add(links.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}
