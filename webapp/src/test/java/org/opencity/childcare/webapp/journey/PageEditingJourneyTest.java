package org.opencity.childcare.webapp.journey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.TestStaff;
import org.opencity.childcare.webapp.website.Publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The city's communication officer changes the section's top page in a browser: a new
 * introduction and a notice, checked in the preview, then published. A resident, in a
 * browser of their own, sees the page unchanged until the publication, and the new
 * version right after it. The page's earlier version is restored afterwards, as the page
 * is shared with the other tests.
 */
@ApplicationTest
class PageEditingJourneyTest {

    private static final By TITLE = By.tagName("h1");

    private static final By SUCCESS = By.cssSelector(".notice--success");

    private static final String LEAD = "Nouveau : une permanence chaque mardi au relais petite enfance.";

    private static final String NOTICE = "Fermeture exceptionnelle le 14 juillet";

    @RegisterExtension
    final HeadlessBrowser editor = new HeadlessBrowser();

    @RegisterExtension
    final HeadlessBrowser resident = new HeadlessBrowser();

    @LocalServerPort
    private int port;

    @Autowired
    private Publications publications;

    @Autowired
    private ApplicationContext context;

    @Test
    void editorShouldChangeTheSectionPageWhichResidentsSeeOnlyOncePublished() {
        String before = this.publications.history(SitePaths.SECTION).get(0).id();
        try {
            changeAndPublish();
        }
        finally {
            this.publications.restore(before, "test");
        }
    }

    private void changeAndPublish() {
        // The resident's page, before anything changes.
        this.resident.driver().get(url(SitePaths.SECTION));
        assertThat(residentText()).doesNotContain(LEAD, NOTICE);

        logIn();
        editor().findElement(By.linkText("Pages")).click();
        this.editor.waitingFor("the page tree").until(textToBe(TITLE, "Pages du site"));
        editor().findElement(By.linkText("Garde d’enfant")).click();
        this.editor.waitingFor("the section's page screen").until(textToBe(TITLE, "Garde d’enfant"));

        // The introduction, in the main area.
        WebElement intro = editor().findElement(
                By.xpath("//li[@class='component-row'][.//strong[normalize-space()='Présentation du service']]"));
        intro.findElement(By.xpath(".//a[starts-with(normalize-space(), 'Modifier')]")).click();
        this.editor.waitingFor("the introduction's form")
            .until(textToBePresentInElementLocated(TITLE, "Modifier « Présentation du service »"));
        WebElement lead = editor().findElement(By.id("f-lead"));
        lead.clear();
        lead.sendKeys(LEAD);
        this.editor.button("Enregistrer").click();
        this.editor.waitingFor("the introduction saved")
            .until(textToBePresentInElementLocated(SUCCESS, "Composant « Présentation du service » enregistré"));

        // A notice, in the introduction area.
        WebElement introArea = editor().findElement(By.id("zone-intro"));
        new Select(introArea.findElement(By.tagName("select"))).selectByVisibleText("Annonce");
        introArea.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Ajouter un composant')]")).click();
        this.editor.waitingFor("the notice's form")
            .until(textToBePresentInElementLocated(TITLE, "Ajouter « Annonce »"));
        editor().findElement(By.id("f-title")).sendKeys(NOTICE);
        editor().findElement(By.id("f-text")).sendKeys("<p>Le relais est fermé ce jour-là.</p>");
        assertThat(new Select(editor().findElement(By.id("f-level"))).getFirstSelectedOption().getText())
            .isEqualTo("Information");
        this.editor.button("Ajouter le composant").click();
        this.editor.waitingFor("the notice added")
            .until(textToBePresentInElementLocated(SUCCESS, "Composant « Annonce » ajouté"));
        assertThat(editor().findElement(By.id("zone-intro")).getText()).contains("Annonce – " + NOTICE);
        assertThat(editor().findElement(By.cssSelector(".page-status")).getText())
            .isEqualTo("modifiée depuis la publication");

        // The preview shows the draft; the resident still sees the published page.
        editor().findElement(By.linkText("Voir l’aperçu de la page non publiée")).click();
        this.editor.waitingFor("the preview")
            .until(textToBePresentInElementLocated(By.className("preview-banner"), "Aperçu"));
        assertThat(editor().findElement(By.tagName("main")).getText()).contains(LEAD, NOTICE,
                "Le relais est fermé ce jour-là.");
        this.resident.driver().navigate().refresh();
        assertThat(residentText()).doesNotContain(LEAD, NOTICE);

        // Published: the resident sees the new version.
        editor().navigate().back();
        this.editor.waitingFor("the page screen again")
            .until(elementToBeClickable(By.xpath("//button[normalize-space()='Publier la page']")))
            .click();
        this.editor.waitingFor("the publication")
            .until(textToBePresentInElementLocated(SUCCESS, "Page « Garde d’enfant » publiée"));
        assertThat(editor().findElement(By.cssSelector(".page-status")).getText()).isEqualTo("publiée");
        this.resident.driver().navigate().refresh();
        assertThat(residentText()).contains(LEAD, NOTICE, "Le relais est fermé ce jour-là.");
        assertThat(this.resident.driver().findElements(By.className("preview-banner"))).isEmpty();
    }

    private void logIn() {
        TestStaff.logIn(this.editor, url("/backoffice/connexion"), new TestStaff(this.context).editor());
        this.editor.waitingFor("the back-office home").until(textToBePresentInElementLocated(TITLE, "Bonjour"));
    }

    private String residentText() {
        return this.resident.driver().findElement(By.tagName("main")).getText();
    }

    private WebDriver editor() {
        return this.editor.driver();
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
