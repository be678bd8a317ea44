package org.opencity.childcare.webapp.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium for browser journeys, as a JUnit extension: a fresh browser and
 * profile for each test, and on failure a screenshot and the page source under
 * {@code target/journey-failures/}, named in the failure message.
 * <p>
 * Debian's {@code chromium} and {@code chromium-driver} are used when installed, so that
 * nothing is downloaded; otherwise Selenium Manager looks for (or fetches) a browser. A
 * test that cannot start a browser fails and says what to install: it is never skipped.
 */
public final class HeadlessBrowser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    /** How long a journey waits for a page or a mail before giving up. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path FAILURES = Path.of("target", "journey-failures");

    private @Nullable WebDriver driver;

    private @Nullable Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        this.profile = Files.createTempDirectory("journey-chromium-");
        try {
            this.driver = start(this.profile);
        }
        catch (WebDriverException ex) {
            throw new AssertionError("""
                    No browser could be started for the journey. Install Debian's chromium and \
                    chromium-driver (apt-get install chromium chromium-driver, as .ci/run does), \
                    or let Selenium Manager download Chrome (needs internet access). Cause: \
                    """ + ex.getMessage(), ex);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (this.driver != null) {
                this.driver.quit();
            }
        }
        finally {
            this.driver = null;
            if (this.profile != null) {
                FileSystemUtils.deleteRecursively(this.profile.toFile());
                this.profile = null;
            }
        }
    }

    /** Keeps what the browser showed, and names the files in the failure. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (this.driver == null) {
            throw failure;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String evidence;
        try {
            evidence = saveEvidence(this.driver, name);
        }
        catch (RuntimeException | IOException ex) {
            failure.addSuppressed(ex);
            throw failure;
        }
        throw new AssertionError(failure.getMessage() + "\nThe browser was at " + this.driver.getCurrentUrl()
                + "\nScreenshot and page source: " + evidence, failure);
    }

    /** The browser of the running test. */
    public WebDriver driver() {
        if (this.driver == null) {
            throw new IllegalStateException("The browser only runs during a test");
        }
        return this.driver;
    }

    /** An explicit wait of {@link #PATIENCE} on the running test's browser. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), PATIENCE);
    }

    /**
     * An explicit wait that names what it waits for, so that a timeout says which step of
     * the journey failed.
     */
    public FluentWait<WebDriver> waitingFor(String what) {
        return waiting().withMessage("waiting for " + what);
    }

    /**
     * Waits until {@code element} has left the page, as after a form's answer arrives.
     * Besides Selenium's stale-element error, recent Chromium answers "node does not
     * belong to the document" for an element of the previous page: that means gone too.
     */
    public void waitUntilGone(String what, WebElement element) {
        waitingFor(what).until((driver) -> {
            try {
                element.isEnabled();
                return false;
            }
            catch (StaleElementReferenceException ex) {
                return true;
            }
            catch (WebDriverException ex) {
                if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw ex;
            }
        });
    }

    /** The input, select or textarea whose label reads exactly {@code label}. */
    public WebElement field(String label) {
        WebElement element = driver().findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
        return driver().findElement(By.id(element.getDomAttribute("for")));
    }

    /** Clicks the radio button or checkbox whose label starts with {@code label}. */
    public void choose(String label) {
        driver().findElement(By.xpath("//label[starts-with(normalize-space(), \"" + label + "\")]")).click();
    }

    /** The button that reads exactly {@code text}. */
    public WebElement button(String text) {
        return driver().findElement(By.xpath("//button[normalize-space()=\"" + text + "\"]"));
    }

    private static WebDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return new ChromeDriver(options);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }

    private static String saveEvidence(WebDriver driver, String name) throws IOException {
        Files.createDirectories(FAILURES);
        Path screenshot = FAILURES.resolve(name + ".png").toAbsolutePath();
        Path source = FAILURES.resolve(name + ".html").toAbsolutePath();
        Files.write(screenshot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String html = driver.getPageSource();
        Files.writeString(source, (html != null) ? html : "", StandardCharsets.UTF_8);
        return screenshot + " and " + source;
    }

}
