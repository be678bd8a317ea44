package org.opencity.childcare.webapp.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * Shared care from start to finish, in a browser: family A posts a shared-care ad; family
 * B finds it with filters and among the compatible ads of her own ad, and writes to A; A
 * is told by mail, replies in the site, and closes the ad saying care was found.
 */
@ApplicationTest
class SharedCareJourneyTest {

    private static final By TITLE = By.tagName("h1");

    private static final By SUCCESS = By.cssSelector(".notice--success");

    @RegisterExtension
    final HeadlessBrowser browser = new HeadlessBrowser();

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdService ads;

    @Autowired
    private ChildcareProperties properties;

    @Test
    void familiesShouldFindEachOtherTalkAndCloseTheAdWhenCareIsFound() throws Exception {
        Journeys journeys = new Journeys(this.mvc, this.context);
        String emailA = Applicants.uniqueEmail("camille");
        String emailB = Applicants.uniqueEmail("bintou");
        Member familyA = journeys.activeFamily(emailA, Applicants.GOOD_PASSWORD);
        Member familyB = journeys.activeFamily(emailB, Applicants.GOOD_PASSWORD);
        // Saturdays, which no other test's ad covers: the ads of other tests sharing this
        // application have no half-day in common with these two, so they are not
        // compatible.
        AdForm formOfB = Ads.familySeekingFamily();
        formOfB.setSlots(List.of("SATURDAY:MORNING", "SATURDAY:AFTERNOON"));
        Ad adOfB = this.ads.post(familyB.id(), formOfB);
        String word = "tilleul" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String title = "Garde partagée " + word + " près du parc";

        // A posts her ad.
        logIn(emailA);
        postSharedCareAd(title);

        // B finds it with filters, in an address she could bookmark.
        logIn(emailB);
        driver().get(url(SitePaths.ADS));
        driver().findElement(By.xpath("//summary[normalize-space()='Filtres']")).click();
        this.browser.choose("Garde partagée");
        this.browser.choose("Centre-ville");
        driver().findElement(By.cssSelector("input[name='creneau'][value='SATURDAY:MORNING']")).click();
        this.browser.field("Mots-clés").sendKeys(word);
        this.browser.button("Rechercher").click();
        this.browser.waitingFor("the filtered results")
            .until(textToBePresentInElementLocated(By.id("results-title"), "1 annonce"));
        assertThat(driver().getCurrentUrl()).contains("garde=SHARED").contains("quartier=centre").contains("q=" + word);
        assertThat(driver().findElements(By.linkText(title))).hasSize(1);

        // Her own ad lists A's among its compatible ads, saying why.
        driver().get(url(SitePaths.ADS + "/" + adOfB.id()));
        WebElement matches = this.browser.waitingFor("the compatible ads")
            .until((d) -> d.findElement(By.className("ad-page__matches")));
        assertThat(matches.getText()).contains(title).contains("même quartier");

        // B writes to A from A's ad.
        matches.findElement(By.linkText(title)).click();
        this.browser.waitingFor("A's ad").until(textToBe(TITLE, title));
        driver().findElement(By.linkText("Contacter")).click();
        this.browser.waitingFor("the contact form").until(textToBe(TITLE, "Contacter l’auteur de l’annonce"));
        this.browser.field("Votre message").sendKeys("Bonjour, notre fille a 20 mois, le samedi nous irait très bien.");
        this.browser.button("Envoyer le message").click();
        this.browser.waitingFor("the message sent")
            .until(textToBePresentInElementLocated(SUCCESS, "Votre message a été envoyé"));

        // A is told by mail, without B's address, and replies in the site.
        MimeMessage notification = mailTo(emailA, SitePaths.CONVERSATIONS);
        assertThat(TestMailServer.body(notification)).doesNotContain(emailB);
        logIn(emailA);
        driver().get(TestMailServer.link(notification, SitePaths.CONVERSATIONS).replace(publicUrl(), url("")));
        this.browser.waitingFor("the conversation")
            .until(textToBePresentInElementLocated(By.className("messages"), "20 mois"));
        this.browser.field("Votre message").sendKeys("Avec plaisir, rencontrons-nous samedi au parc.");
        this.browser.button("Envoyer la réponse").click();
        this.browser.waitingFor("the reply in the conversation")
            .until(textToBePresentInElementLocated(By.className("messages"), "rencontrons-nous samedi"));

        // A closes the ad: care was found through the service.
        driver().get(url(SitePaths.MY_ADS));
        driver().findElement(By.xpath("//a[starts-with(normalize-space(), 'Clôturer')]")).click();
        this.browser.waitingFor("the closing question").until(textToBe(TITLE, "Clôturer l’annonce « " + title + " »"));
        this.browser.choose("Oui, grâce au service");
        this.browser.button("Clôturer l’annonce").click();
        this.browser.waitingFor("the closing notice")
            .until(textToBePresentInElementLocated(SUCCESS, "Votre annonce est clôturée"));

        Ad closed = this.ads.listOwn(familyA.id()).get(0);
        assertThat(closed.status()).isEqualTo(AdStatus.CLOSED);
        assertThat(closed.foundCare()).isTrue();
    }

    private void postSharedCareAd(String title) {
        driver().get(url(SitePaths.MY_ADS));
        driver().findElement(By.linkText("Publier une annonce")).click();
        this.browser.waitingFor("the ad form").until(textToBe(TITLE, "Publier une annonce"));

        this.browser.choose("Famille avec nounou cherche une seconde famille");
        this.browser.choose("Garde partagée");
        this.browser.field("Titre").sendKeys(title);
        this.browser.field("Texte")
            .sendKeys("Notre nounou garde notre fils de 14 mois, nous cherchons une famille pour la partager.");
        new Select(this.browser.field("Quartier")).selectByVisibleText("Centre-ville");
        YearMonth birth = YearMonth.now().minusMonths(14);
        new Select(driver().findElement(By.name("children[0].month")))
            .selectByValue(String.valueOf(birth.getMonthValue()));
        driver().findElement(By.name("children[0].year")).sendKeys(String.valueOf(birth.getYear()));
        driver().findElement(By.id("f-slot-SATURDAY-MORNING")).click();
        driver().findElement(By.id("f-slot-SATURDAY-AFTERNOON")).click();
        // A date field's typing order depends on the browser's locale; set the value as a
        // date picker would.
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];",
                this.browser.field("Date de début"), LocalDate.now().plusWeeks(1).toString());
        this.browser.choose("En alternance");
        this.browser.button("Publier l’annonce").click();

        this.browser.waitingFor("the published ad")
            .until(textToBePresentInElementLocated(SUCCESS, "Votre annonce est en ligne"));
        assertThat(driver().findElement(TITLE).getText()).isEqualTo(title);
    }

    private void logIn(String email) {
        driver().manage().deleteAllCookies();
        driver().get(url(SitePaths.LOGIN));
        this.browser.field("Identifiant ou adresse électronique").sendKeys(email);
        this.browser.field("Mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        this.browser.button("Se connecter").click();
        this.browser.waitingFor("the account page").until((d) -> d.getCurrentUrl().contains(SitePaths.ACCOUNT));
    }

    private MimeMessage mailTo(String email, String linkingTo) {
        return new FluentWait<>(email).withTimeout(HeadlessBrowser.PATIENCE)
            .pollingEvery(Duration.ofMillis(200))
            .withMessage("a mail to " + email + " linking to " + linkingTo)
            .until((address) -> TestMailServer.to(address)
                .stream()
                .filter((mail) -> TestMailServer.body(mail).contains(linkingTo + "/"))
                .reduce((first, second) -> second)
                .orElse(null));
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

}
