package org.opencity.childcare.webapp.accessibility;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.TestStaff;
import org.opencity.childcare.webapp.website.Publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

/**
 * The page editor's screens, checked in Chromium with axe-core's WCAG 2.1 A and AA rules
 * as the other screens are: the page tree, a page with its areas, generated component
 * forms (blank and with their errors), the history and the confirmations. Nothing is
 * changed: the forms are only sent empty, which stores nothing.
 */
@ApplicationTest
class PageEditorAccessibilityTest {

    private static final By ERRORS = By.cssSelector(".error-summary");

    @RegisterExtension
    final HeadlessBrowser browser = new HeadlessBrowser();

    private final Axe axe = Axe.fromClasspath();

    private final List<Axe.Violation> violations = new ArrayList<>();

    private int pages;

    @LocalServerPort
    private int port;

    @Autowired
    private Publications publications;

    @Autowired
    private ApplicationContext context;

    @Test
    void pageEditorScreensShouldBreakNoWcagRule() {
        logIn();
        String section = encode(SitePaths.SECTION);

        visit("page tree", "/backoffice/pages");
        visit("page screen", "/backoffice/pages/modifier?chemin=" + section);
        visit("new notice form", "/backoffice/pages/composant/nouveau?chemin=" + section + "&zone=intro&modele="
                + encode("childcare-site:components/notice"));
        submitWithErrors("new notice form, sent empty", "Ajouter le composant");
        visit("new image form", "/backoffice/pages/composant/nouveau?chemin=" + section + "&zone=aside&modele="
                + encode("childcare-site:components/image"));
        visit("new link list form", "/backoffice/pages/composant/nouveau?chemin=" + section + "&zone=aside&modele="
                + encode("childcare-site:components/linkList"));
        visit("introduction form", "/backoffice/pages/composant?chemin=" + encode(SitePaths.SECTION + "/main/0"));
        visit("new page form", "/backoffice/pages/nouvelle?parent=" + section);
        submitWithErrors("new page form, sent empty", "Créer la page");
        visit("deletion refused", "/backoffice/pages/supprimer?chemin=" + encode(SitePaths.REGISTER));
        visit("component deletion",
                "/backoffice/pages/composant/supprimer?chemin=" + encode(SitePaths.SECTION + "/main/0"));
        visit("history", "/backoffice/pages/historique?chemin=" + section);
        String publication = this.publications.history(SitePaths.SECTION).get(0).id();
        visit("restore confirmation", "/backoffice/pages/restaurer?chemin=" + section + "&publication=" + publication);
        visit("preview", "/backoffice/pages/apercu?chemin=" + encode(SitePaths.REGISTER));

        System.out.println("axe pages=" + this.pages + " violations=" + this.violations.size());
        assertThat(this.violations)
            .as(() -> this.violations.size() + " WCAG 2.1 A/AA violations found by axe:\n"
                    + this.violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")))
            .isEmpty();
    }

    private void logIn() {
        TestStaff.logIn(this.browser, url("/backoffice/connexion"), new TestStaff(this.context).editor());
        this.browser.waitingFor("the back-office home").until((d) -> d.getCurrentUrl().endsWith("/backoffice"));
    }

    private void visit(String page, String path) {
        driver().get(url(path));
        String expected = url(path.split("\\?", 2)[0]);
        this.browser.waitingFor(page + " at " + path).until((d) -> d.getCurrentUrl().startsWith(expected));
        check(page);
    }

    private void submitWithErrors(String page, String button) {
        WebElement submit = this.browser.button(button);
        submit.click();
        this.browser.waitUntilGone(page + ": the answer to the form", submit);
        this.browser.waitingFor(page + ": the error summary").until(presenceOfElementLocated(ERRORS));
        check(page);
        this.violations.addAll(ErrorSummaries.check(driver(), page));
    }

    private void check(String page) {
        this.browser.waitingFor(page + ": a heading").until(presenceOfElementLocated(By.tagName("h1")));
        this.violations.addAll(this.axe.check(driver(), page));
        this.pages++;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private WebDriver driver() {
        return this.browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
