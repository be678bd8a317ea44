package org.opencity.childcare.webapp.backoffice.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The privacy notice is the editors' text: an editor completes the section on who is
 * responsible with the city's own contacts in the page editor, and residents read it once
 * it is published, with the retention periods the service still computes beside it. The
 * notice as first published is restored afterwards, since the application is shared.
 */
@ApplicationTest
class PrivacyNoticeEditingTest {

    private static final String CONTROLLER_TITLE = "Qui est responsable de vos données ?";

    private static final String CITY_TEXT = "<p>Le responsable du traitement est la commune de Val-Fleuri, 1 place"
            + " de la Mairie. Son délégué à la protection des données répond à "
            + "<a href=\"mailto:dpo@val-fleuri.example\">dpo@val-fleuri.example</a>.</p>";

    private final MockMvc mvc;

    private final WebsiteContent website;

    private final Publications publications;

    private final ApplicationContext context;

    private EditorSteps editor;

    private String firstPublication;

    @Autowired
    PrivacyNoticeEditingTest(MockMvc mvc, WebsiteContent website, Publications publications,
            ApplicationContext context) {
        this.mvc = mvc;
        this.website = website;
        this.publications = publications;
        this.context = context;
    }

    @BeforeEach
    void logIn() throws Exception {
        this.editor = EditorSteps.editor(this.mvc, this.context);
        this.firstPublication = this.publications.history(SitePaths.PRIVACY).get(0).id();
    }

    @AfterEach
    void restoreTheNotice() {
        this.publications.restore(this.firstPublication, "redaction");
    }

    @Test
    void editorShouldCompleteTheNoticeAndResidentsSeeItOncePublished() throws Exception {
        String screen = this.editor.page(EditorSteps.editPath(SitePaths.PRIVACY));
        assertThat(screen).contains(CONTROLLER_TITLE, "Réclamation auprès de la CNIL",
                "préparé par le service pour chaque visiteur");
        ContentNode controller = mainComponents().stream()
            .filter((component) -> CONTROLLER_TITLE.equals(component.string("title")))
            .findFirst()
            .orElseThrow();

        MvcResult saved = this.editor.saveComponent(controller.path(), "title", CONTROLLER_TITLE, "text", CITY_TEXT);

        assertThat(this.editor.noticeAfter(saved)).contains("enregistré");
        assertThat(resident()).as("the draft is not public").doesNotContain("Val-Fleuri");

        this.editor.publish(SitePaths.PRIVACY);

        String notice = resident();
        assertThat(notice).contains("<h1 class=\"page-title\">Données personnelles</h1>",
                "Le responsable du traitement est la commune de Val-Fleuri",
                "<a href=\"mailto:dpo@val-fleuri.example\">dpo@val-fleuri.example</a>");
        assertThat(Html.text(notice)).contains("Combien de temps vos données sont-elles conservées ?",
                "Sans connexion pendant 2 ans", "Réclamation auprès de la CNIL");
    }

    private List<ContentNode> mainComponents() {
        return this.website.draftPage(SitePaths.PRIVACY).orElseThrow().child("main").orElseThrow().components();
    }

    private String resident() throws Exception {
        MvcResult result = this.mvc.perform(get(SitePaths.PRIVACY)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}
