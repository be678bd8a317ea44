package org.opencity.childcare.webapp.accessibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.Journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The two journeys residents make most, with the keyboard alone and focus visible at
 * every stop: applying for registration, and posting an ad. Nothing is clicked; the mouse
 * is never used.
 */
@ApplicationTest
class KeyboardJourneyTest {

    private static final By TITLE = By.tagName("h1");

    @RegisterExtension
    final HeadlessBrowser browser = new HeadlessBrowser();

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @TempDir
    Path files;

    @Test
    void residentShouldApplyForRegistrationWithTheKeyboardOnly() throws IOException {
        KeyboardUser keyboard = new KeyboardUser(driver());
        Path document = this.files.resolve("justificatif-domicile.pdf");
        Files.writeString(document, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        driver().get(url(SitePaths.SECTION));

        keyboard.tabToLink("S’inscrire");
        keyboard.press(Keys.ENTER);
        this.browser.waitingFor("the registration form").until(textToBe(TITLE, "Demander mon inscription"));
        keyboard.pickRadio("kind", "FAMILY");
        keyboard.fill("f-firstName", "Camille");
        keyboard.fill("f-lastName", "Clavier");
        keyboard.fill("f-email", Applicants.uniqueEmail("clavier"));
        keyboard.fill("f-postalAddress", "12 rue des Lilas");
        keyboard.tabToField("f-neighbourhood");
        keyboard.type("Centre");
        keyboard.tabToField("f-children-0-month");
        keyboard.type("mars");
        keyboard.fill("f-children-0-year", String.valueOf(Year.now().getValue() - 1));
        // Choosing a file opens the system's dialog, which a keyboard drives; the test
        // gives its answer to the focused file field.
        keyboard.tabToField("f-document-1").sendKeys(document.toAbsolutePath().toString());
        keyboard.tick("f-privacyAccepted");
        keyboard.tabToButton("Envoyer ma demande");
        keyboard.press(Keys.ENTER);

        this.browser.waitingFor("the confirmation").until(textToBe(TITLE, "Votre demande est envoyée"));
        report("registration", keyboard);
        assertThat(keyboard.invisibleFocus()).as("stops where focus could not be seen").isEmpty();
        assertThat(keyboard.stops()).isGreaterThan(10);
    }

    @Test
    void memberShouldPostAnAdWithTheKeyboardOnly() throws Exception {
        String email = Applicants.uniqueEmail("clavier");
        new Journeys(this.mvc, this.context).activeFamily(email, Applicants.GOOD_PASSWORD);
        KeyboardUser keyboard = new KeyboardUser(driver());
        driver().get(url(SitePaths.SECTION));

        keyboard.tabToLink("Se connecter");
        keyboard.press(Keys.ENTER);
        this.browser.waitingFor("the login form").until(textToBe(TITLE, "Se connecter"));
        keyboard.fill("f-login", email);
        keyboard.fill("f-password", Applicants.GOOD_PASSWORD);
        keyboard.press(Keys.ENTER);
        this.browser.waitingFor("the account page").until(textToBePresentInElementLocated(TITLE, "Bonjour"));

        keyboard.tabToLink("Annonces");
        keyboard.press(Keys.ENTER);
        keyboard.tabToLink("Publier une annonce");
        keyboard.press(Keys.ENTER);
        this.browser.waitingFor("the ad form").until(textToBe(TITLE, "Publier une annonce"));
        keyboard.pickRadio("configuration", "FAMILY_SEEKS_NANNY");
        keyboard.pickRadio("careType", "REGULAR");
        String title = "Cherche nounou au clavier " + System.nanoTime() % 100000;
        keyboard.fill("f-title", title);
        keyboard.fill("f-text", "Nous cherchons une nounou pour notre fils de 14 mois, le samedi matin.");
        keyboard.tabToField("f-neighbourhood");
        keyboard.type("Centre");
        YearMonth birth = YearMonth.now().minusMonths(14);
        keyboard.tabToField("f-children-0-month");
        keyboard.type(monthName(birth));
        keyboard.fill("f-children-0-year", String.valueOf(birth.getYear()));
        keyboard.tick("f-slot-SATURDAY-MORNING");
        LocalDate start = LocalDate.now().plusWeeks(2);
        keyboard.tabToField("f-startDate");
        keyboard.type(String.format("%02d%02d%d", start.getDayOfMonth(), start.getMonthValue(), start.getYear()));
        keyboard.pickRadio("hosting", "OUR_HOME");
        keyboard.tabToButton("Publier l’annonce");
        keyboard.press(Keys.ENTER);

        this.browser.waitingFor("the published ad")
            .until(textToBePresentInElementLocated(By.cssSelector(".notice--success"), "Votre annonce est en ligne"));
        assertThat(driver().findElement(TITLE).getText()).isEqualTo(title);
        report("ad", keyboard);
        assertThat(keyboard.invisibleFocus()).as("stops where focus could not be seen").isEmpty();
    }

    private static void report(String journey, KeyboardUser keyboard) {
        System.out.printf("keyboard journey=%s tab_stops=%d focus_not_visible=%d%n", journey, keyboard.stops(),
                keyboard.invisibleFocus().size());
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH);
    }

    private WebDriver driver() {
        return this.browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
