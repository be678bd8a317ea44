package org.opencity.childcare.webapp.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.security.secondfactor.Totp;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.TestMailServer;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The whole registration, in a browser: a family applies with a document, the webmaster
 * approves, the family chooses a password from the mailed link and reaches its account.
 */
@ApplicationTest
class RegistrationJourneyTest {

    private static final Pattern IDENTIFIER = Pattern.compile("identifiant de connexion\\s*:\\s*([A-Z0-9-]+)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final By TITLE = By.tagName("h1");

    private static final By SUCCESS = By.cssSelector(".notice--success");

    @RegisterExtension
    final HeadlessBrowser browser = new HeadlessBrowser();

    @LocalServerPort
    private int port;

    @Autowired
    private ChildcareProperties properties;

    @Autowired
    private ApplicationContext context;

    @TempDir
    Path files;

    @Test
    void familyWhenApprovedShouldChooseAPasswordAndReachItsAccount() throws IOException {
        String email = Applicants.uniqueEmail("camille");
        String lastName = "Navigateur-" + randomLetters(6);
        Path document = proofOfAddress(this.files);

        applyAsFamily("Camille", lastName, email, document);
        String notice = approveAsWebmaster("Camille " + lastName);
        MimeMessage approval = mailWithActivationLink(email);
        String identifier = identifierIn(approval);
        choosePassword(TestMailServer.link(approval, SitePaths.ACTIVATION), identifier);
        logIn(identifier);

        assertThat(notice).contains("Inscription de Camille").contains(identifier);
        assertThat(text(TITLE)).isEqualTo("Bonjour Camille");
        assertThat(valueOf("Identifiant")).isEqualTo(identifier);
        assertThat(valueOf("Adresse électronique")).isEqualTo(email);
    }

    private void applyAsFamily(String firstName, String lastName, String email, Path document) {
        driver().get(url(SitePaths.SECTION));
        driver().findElement(By.linkText("S’inscrire")).click();
        this.browser.waitingFor("the registration form").until(textToBe(TITLE, "Demander mon inscription"));

        this.browser.choose("Une famille qui cherche une garde");
        this.browser.field("Prénom").sendKeys(firstName);
        this.browser.field("Nom").sendKeys(lastName);
        this.browser.field("Adresse électronique").sendKeys(email);
        this.browser.field("Adresse postale").sendKeys("12 rue des Lilas");
        new Select(this.browser.field("Quartier")).selectByVisibleText("Centre-ville");
        new Select(this.browser.field("Mois de naissance (facultatif)")).selectByValue("3");
        this.browser.field("Année de naissance (ex. 2024) (facultatif)")
            .sendKeys(String.valueOf(Year.now().getValue() - 1));
        this.browser.field("Justificatif 1").sendKeys(document.toAbsolutePath().toString());
        this.browser.choose("J’ai lu la notice d’information");
        this.browser.button("Envoyer ma demande").click();

        this.browser.waitingFor("the confirmation after sending the form")
            .until(textToBe(TITLE, "Votre demande est envoyée"));
    }

    /**
     * A webmaster logs in for the first time, which pairs their authenticator
     * application, and approves the application with every check ticked; answers the
     * notice shown after.
     */
    private String approveAsWebmaster(String applicant) {
        TestStaff.Account webmaster = new TestStaff(this.context).notEnrolled();
        driver().get(url("/backoffice/connexion"));
        this.browser.field("Nom d’utilisateur").sendKeys(webmaster.username());
        this.browser.field("Mot de passe").sendKeys(webmaster.password());
        this.browser.button("Se connecter").click();
        this.browser.waitingFor("the enrolment page after the first password")
            .until(textToBe(TITLE, "Activer la double authentification"));
        assertThat(driver().findElements(By.cssSelector("svg.qr-code[role=img]"))).as("QR code").hasSize(1);
        String secret = driver().findElement(By.cssSelector(".secret code")).getText();
        this.browser.field("Code à 6 chiffres affiché par l’application")
            .sendKeys(Totp.code(secret.replace(" ", ""), Instant.now()));
        this.browser.button("Activer et continuer").click();
        this.browser.waitingFor("the recovery codes after enrolment").until(textToBe(TITLE, "Sécurité du compte"));
        assertThat(driver().findElements(By.cssSelector(".recovery-codes__list li"))).as("recovery codes").hasSize(10);
        driver().findElement(By.linkText("J’ai noté mes codes, continuer")).click();

        this.browser.waitingFor("the inbox link after the staff login")
            .until(elementToBeClickable(By.linkText("Demandes à traiter")))
            .click();
        this.browser.waitingFor("the application in the inbox")
            .until(elementToBeClickable(By.linkText(applicant)))
            .click();
        this.browser.waitingFor("the task page").until(textToBePresentInElementLocated(TITLE, applicant));
        List<WebElement> checks = driver().findElements(By.name("checks"));
        assertThat(checks).as("verification checks on the task page").isNotEmpty();
        checks.stream().filter((check) -> !check.isSelected()).forEach(this::clickLabelOf);
        this.browser.button("Valider l’inscription").click();

        this.browser.waitingFor("the approval notice").until(textToBePresentInElementLocated(SUCCESS, "validée"));
        return text(SUCCESS);
    }

    private MimeMessage mailWithActivationLink(String email) {
        return new FluentWait<>(email).withTimeout(HeadlessBrowser.PATIENCE)
            .pollingEvery(Duration.ofMillis(200))
            .withMessage("an approval mail with an activation link to " + email)
            .until((address) -> TestMailServer.to(address)
                .stream()
                .filter((mail) -> TestMailServer.body(mail).contains(SitePaths.ACTIVATION))
                .findFirst()
                .orElse(null));
    }

    /** Opens the mailed link as the family would, in a browser with no staff session. */
    private void choosePassword(String mailedLink, String identifier) {
        driver().manage().deleteAllCookies();
        driver().get(mailedLink.replace(publicUrl(), url("")));
        this.browser.waitingFor("the page to choose a password").until(textToBe(TITLE, "Choisir mon mot de passe"));

        this.browser.field("Nouveau mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        this.browser.field("Confirmez le mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        this.browser.button("Enregistrer mon mot de passe").click();

        this.browser.waitingFor("the login page saying the password is saved")
            .until(textToBePresentInElementLocated(SUCCESS, identifier));
        assertThat(driver().getCurrentUrl()).contains(SitePaths.LOGIN);
    }

    private void logIn(String identifier) {
        WebElement login = this.browser.field("Identifiant ou adresse électronique");
        login.clear();
        login.sendKeys(identifier);
        this.browser.field("Mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        this.browser.button("Se connecter").click();

        this.browser.waitingFor("the account page after logging in").until(textToBe(TITLE, "Bonjour Camille"));
        assertThat(driver().getCurrentUrl()).contains(SitePaths.ACCOUNT);
    }

    private static String identifierIn(MimeMessage mail) {
        Matcher matcher = IDENTIFIER.matcher(TestMailServer.body(mail));
        assertThat(matcher.find()).as("an identifier in the approval mail").isTrue();
        return matcher.group(1);
    }

    private void clickLabelOf(WebElement input) {
        driver().findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
    }

    /** The value next to {@code term} in the page's summary list. */
    private String valueOf(String term) {
        return text(By.xpath(
                "//dl[contains(@class, 'summary')]/dt[normalize-space()=\"" + term + "\"]/following-sibling::dd[1]"));
    }

    private String text(By locator) {
        return driver().findElement(locator).getText().strip();
    }

    private WebDriver driver() {
        return this.browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private String publicUrl() {
        return this.properties.publicUrl().replaceAll("/+$", "");
    }

    /** A tiny but genuine PDF, as a scanned proof of address would be. */
    private static Path proofOfAddress(Path folder) throws IOException {
        Path file = folder.resolve("justificatif-domicile.pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    /**
     * Letters only, so that the name passes validation and still tells this run's task
     * apart.
     */
    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            char letter = (char) ('a' + ThreadLocalRandom.current().nextInt(26));
            letters.append((i == 0) ? Character.toUpperCase(letter) : letter);
        }
        return letters.toString();
    }

}
