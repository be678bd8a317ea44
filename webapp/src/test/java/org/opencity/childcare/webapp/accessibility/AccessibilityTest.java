package org.opencity.childcare.webapp.accessibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.report.Report;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.suspension.MemberSuspensions;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.security.secondfactor.Totp;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.HeadlessBrowser;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestApplicationInitializer;
import org.opencity.childcare.webapp.support.TestMailServer;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * Every page of the journeys, public, members' and back-office, forms in their error
 * states too, checked in Chromium with axe-core's WCAG 2.1 A and AA rules: none may be
 * broken. Among them: the page's language, labels and error messages linked to their
 * fields, colour contrast, link names.
 * <p>
 * Runs with pre-moderation on (the same settings as {@code AdReviewTest}, so the two
 * share one application) so that the review of a new ad is among the pages; the other ads
 * are published by a webmaster's approval in the set-up.
 */
@ApplicationTest
@TestPropertySource(properties = "childcare.ads.pre-moderation=true")
class AccessibilityTest {

    private static final By ERRORS = By.cssSelector(".error-summary");

    private static final By MAIN_SUBMIT = By.cssSelector("main form[novalidate] button.button--primary");

    @RegisterExtension
    final HeadlessBrowser browser = new HeadlessBrowser();

    private final Axe axe = Axe.fromClasspath();

    private final List<Axe.Violation> violations = new ArrayList<>();

    private int pages;

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdService ads;

    @Autowired
    private ConversationService conversations;

    @Autowired
    private ReportService reports;

    @Autowired
    private RegistrationInbox inbox;

    @Autowired
    private MemberSuspensions suspensions;

    @Test
    void everyPageOfTheJourneysShouldMeetWcag21LevelAa() throws Exception {
        Journeys journeys = new Journeys(this.mvc, this.context);
        String emailA = Applicants.uniqueEmail("camille");
        String emailB = Applicants.uniqueEmail("bintou");
        String applicant = Applicants.uniqueEmail("dominique");
        Member familyA = journeys.activeFamily(emailA, Applicants.GOOD_PASSWORD);
        Member familyB = journeys.activeFamily(emailB, Applicants.GOOD_PASSWORD);
        String word = "axe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        AdForm sharedCare = Ads.sharedCare();
        sharedCare.setTitle("Garde partagée " + word + " près du parc");
        Ad adOfA = published(familyA, sharedCare);
        Ad adOfB = published(familyB, Ads.familySeekingFamily());
        AdForm waiting = Ads.sharedCare();
        waiting.setTitle("Garde partagée à relire " + word);
        String reviewTask = reviewTaskOf(this.ads.post(familyA.id(), waiting));
        Conversation conversation = this.conversations.contact(familyA.id(), adOfB.id(),
                "Bonjour, le lundi après-midi nous irait très bien pour notre fils.");
        Report report = this.reports.reportAd(familyA.id(), adOfB.id(), "FRAUD",
                "L’annonce demande un virement avant toute rencontre.");
        journeys.registerFamily(applicant);
        String registrationTask = journeys.openTasksOf(applicant).get(0).task().id();

        // Public pages, anyone.
        visit("section page", SitePaths.SECTION);
        visit("registration form", SitePaths.REGISTER);
        submitWithErrors("registration form, sent empty");
        visit("login", SitePaths.LOGIN);
        this.browser.field("Identifiant ou adresse électronique").sendKeys(emailB);
        this.browser.field("Mot de passe").sendKeys("pas le bon mot de passe du tout");
        submitWithErrors("login, failed");
        visit("forgotten password", SitePaths.FORGOTTEN_PASSWORD);
        submitWithErrors("forgotten password, sent empty");
        visit("privacy notice", SitePaths.PRIVACY);
        visit("accessibility statement", SitePaths.ACCESSIBILITY);
        visit("page not found", SitePaths.SECTION + "/page-qui-n-existe-pas");

        // A member's pages: Bintou (family B) posted an ad, Camille (family A) wrote to
        // her.
        logInAsMember(emailB);
        check("my account");
        driver().get(url(SitePaths.ADS + "?q=" + word));
        this.browser.waitingFor("the search results")
            .until(textToBePresentInElementLocated(By.id("results-title"), "1 annonce"));
        check("ad search, with results");
        visit("ad search, no result", SitePaths.ADS + "?q=introuvable" + word);
        visit("ad page with compatible ads", SitePaths.ADS + "/" + adOfB.id(), By.className("ad-page__matches"));
        visit("ad page of another member", SitePaths.ADS + "/" + adOfA.id());
        visit("ad form", SitePaths.NEW_AD);
        submitWithErrors("ad form, sent empty");
        visit("my ads", SitePaths.MY_ADS);
        visit("close-ad confirmation", SitePaths.ADS + "/" + adOfB.id() + "/cloturer");
        submitWithErrors("close-ad confirmation, sent without an answer");
        visit("contact form", SitePaths.ADS + "/" + adOfA.id() + "/contacter");
        submitWithErrors("contact form, sent empty");
        visit("conversation", SitePaths.CONVERSATIONS + "/" + conversation.id());
        visit("conversations", SitePaths.CONVERSATIONS);
        visit("save a search", SitePaths.SAVED_SEARCHES + "/nouvelle?q=" + word);
        submit("saved searches", MAIN_SUBMIT, By.cssSelector(".notice--success"));
        visit("report form", SitePaths.ADS + "/" + adOfA.id() + "/signaler");
        submitWithErrors("report form, sent empty");
        visit("API tokens", SitePaths.API_TOKENS);
        visit("account deletion", SitePaths.DELETE_ACCOUNT);
        submit("account deletion, sent without the password", By.cssSelector("main form button.button--danger"),
                ERRORS);
        visit("password change", SitePaths.CHANGE_PASSWORD);
        submitWithErrors("password change, sent empty");
        visit("e-mail change", SitePaths.CHANGE_EMAIL);
        submitWithErrors("e-mail change, sent empty");
        String newEmailB = Applicants.uniqueEmail("bintou.nouvelle");
        this.browser.field("Nouvelle adresse électronique").sendKeys(newEmailB);
        this.browser.field("Votre mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        submit("my account, e-mail change pending", MAIN_SUBMIT, By.cssSelector(".notice--success"));
        String confirmation = Journeys
            .local(TestMailServer.link(TestMailServer.lastTo(newEmailB), SitePaths.CONFIRM_EMAIL))
            .toString();
        visit("e-mail confirmation", confirmation);
        submit("e-mail confirmed", By.cssSelector("main form button.button--primary"),
                By.cssSelector(".notice--success"));
        visit("e-mail confirmation, link used", confirmation);

        // The back office, as a webmaster.
        this.browser.driver().manage().deleteAllCookies();
        visit("back-office login", "/backoffice/connexion");
        staffSecondFactor();
        check("back-office home");
        visit("inbox", "/backoffice/taches");
        visit("registration task", "/backoffice/taches/" + registrationTask);
        visit("ad review task", "/backoffice/taches/" + reviewTask);
        submit("ad review task, refused without a reason", By.cssSelector("main form button.button--danger"), ERRORS);
        this.violations.addAll(ErrorSummaries.check(driver(), "ad review task, refused without a reason"));
        visit("ads", "/backoffice/annonces");
        visit("account security", "/backoffice/securite");
        submit("account security, renewal sent without a code", By.cssSelector("main form[novalidate] button"), ERRORS);
        this.violations.addAll(ErrorSummaries.check(driver(), "account security, renewal sent without a code"));
        submit("account security, password change sent empty", By.cssSelector("main form.password-change button"),
                ERRORS);
        this.violations.addAll(ErrorSummaries.check(driver(), "account security, password change sent empty"));
        staffAccounts(word);
        visit("ad", "/backoffice/annonces/" + adOfA.id());
        visit("report", "/backoffice/signalements/" + report.taskId());
        visit("members", "/backoffice/membres");
        visit("members, nothing found", "/backoffice/membres?recherche=introuvable" + word);
        visit("member", "/backoffice/membres/" + familyA.id());
        submit("member suspension, sent without a reason", By.cssSelector("main form button.button--danger"), ERRORS);
        this.violations.addAll(ErrorSummaries.check(driver(), "member suspension, sent without a reason"));
        this.suspensions.suspend(familyB.id(), Journeys.WEBMASTER, "Propos insultants dans la messagerie.");
        visit("member, suspended", "/backoffice/membres/" + familyB.id());
        visit("outbox", "/backoffice/courriels");

        System.out.println("axe pages=" + this.pages + " violations=" + this.violations.size());
        assertThat(this.violations)
            .as(() -> this.violations.size() + " WCAG 2.1 A/AA violations found by axe:\n"
                    + this.violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")))
            .isEmpty();
    }

    /** Posts {@code form} as {@code owner}, and a webmaster publishes it. */
    private Ad published(Member owner, AdForm form) {
        Ad pending = this.ads.post(owner.id(), form);
        return this.ads.approve(reviewTaskOf(pending), Journeys.WEBMASTER);
    }

    /**
     * A webmaster's first login, which pairs their authenticator application, then a
     * second login with a code: every screen, and each form in its error state.
     */
    private void staffSecondFactor() {
        TestStaff.Account webmaster = new TestStaff(this.context).notEnrolled();
        staffPassword(webmaster);
        this.browser.waitingFor("the enrolment page")
            .until((d) -> d.getCurrentUrl().endsWith(SecondFactorLogins.ENROLMENT_PAGE));
        check("second factor enrolment");
        submitWithErrors("second factor enrolment, sent empty");
        String secret = driver().findElement(By.cssSelector(".secret code")).getText().replace(" ", "");
        this.browser.field("Code à 6 chiffres affiché par l’application").sendKeys(Totp.code(secret, Instant.now()));
        this.browser.button("Activer et continuer").click();
        this.browser.waitingFor("the recovery codes").until(presenceOfElementLocated(By.className("recovery-codes")));
        check("recovery codes after enrolment");

        driver().manage().deleteAllCookies();
        staffPassword(webmaster);
        this.browser.waitingFor("the code page").until((d) -> d.getCurrentUrl().endsWith(SecondFactorLogins.CODE_PAGE));
        check("second factor code");
        submitWithErrors("second factor code, sent empty");
        // The enrolment used the current code: the next one is due.
        this.browser.field("Code à 6 chiffres").sendKeys(Totp.code(secret, Instant.now().plusSeconds(30)));
        this.browser.button("Valider").click();
        this.browser.waitingFor("the back-office home").until((d) -> d.getCurrentUrl().endsWith("/backoffice"));
    }

    /**
     * The staff pages: the list, the new-account form empty then filled, the new account
     * with its temporary password, the two confirmation pages, the account disabled.
     */
    private void staffAccounts(String word) {
        visit("staff", "/backoffice/personnel");
        visit("new staff account", "/backoffice/personnel/nouveau");
        submitWithErrors("new staff account, sent empty");
        String username = "axe." + word.substring(3);
        this.browser.field("Nom d’utilisateur").sendKeys(username);
        this.browser.field("Nom affiché").sendKeys("Camille Axe");
        this.browser.choose("Rédaction");
        submit("staff account with its temporary password", MAIN_SUBMIT, By.className("one-time-password"));
        visit("staff new password confirmation", "/backoffice/personnel/" + username + "/mot-de-passe");
        visit("staff second factor reset confirmation",
                "/backoffice/personnel/" + username + "/double-authentification");
        visit("staff account", "/backoffice/personnel/" + username);
        submit("staff account, disabled", By.cssSelector("main form button.button--danger"),
                By.cssSelector(".notice--success"));
    }

    private void staffPassword(TestStaff.Account account) {
        driver().get(url("/backoffice/connexion"));
        this.browser.field("Nom d’utilisateur").sendKeys(account.username());
        this.browser.field("Mot de passe").sendKeys(account.password());
        this.browser.button("Se connecter").click();
    }

    private String reviewTaskOf(Ad ad) {
        return this.inbox.openTasks()
            .stream()
            .map(RegistrationInbox.Item::task)
            .filter((task) -> task.type() == TaskType.AD_REVIEW && task.subjectId().equals(ad.id()))
            .map(Task::id)
            .findFirst()
            .orElseThrow();
    }

    private void logInAsMember(String email) {
        driver().manage().deleteAllCookies();
        driver().get(url(SitePaths.LOGIN));
        this.browser.field("Identifiant ou adresse électronique").sendKeys(email);
        this.browser.field("Mot de passe").sendKeys(Applicants.GOOD_PASSWORD);
        this.browser.button("Se connecter").click();
        this.browser.waitingFor("the account page").until((d) -> d.getCurrentUrl().endsWith(SitePaths.ACCOUNT));
    }

    /** Opens {@code path}, checks it is shown (not a login page instead), runs axe. */
    private void visit(String page, String path, By... mustShow) {
        driver().get(url(path));
        String expected = url(path.split("\\?", 2)[0]);
        this.browser.waitingFor(page + " at " + path).until((d) -> d.getCurrentUrl().startsWith(expected));
        for (By element : mustShow) {
            this.browser.waitingFor(page + ": " + element).until(presenceOfElementLocated(element));
        }
        check(page);
    }

    /** Sends the page's form as it is and runs axe on the error state that comes back. */
    private void submitWithErrors(String page) {
        submit(page, MAIN_SUBMIT, ERRORS);
        this.violations.addAll(ErrorSummaries.check(driver(), page));
    }

    private void submit(String page, By button, By mustShow) {
        WebElement submit = driver().findElement(button);
        submit.click();
        this.browser.waitUntilGone(page + ": the answer to the form", submit);
        this.browser.waitingFor(page + ": " + mustShow).until(presenceOfElementLocated(mustShow));
        check(page);
    }

    private void check(String page) {
        this.browser.waitingFor(page + ": a heading").until(presenceOfElementLocated(By.tagName("h1")));
        // Folded parts (the search filters) are checked open, as a visitor who opens them
        // sees them.
        ((JavascriptExecutor) driver())
            .executeScript("document.querySelectorAll('details').forEach((d) => d.open = true)");
        this.violations.addAll(this.axe.check(driver(), page));
        this.pages++;
    }

    private WebDriver driver() {
        return this.browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
