package org.opencity.childcare.webapp.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.security.Roles;
import org.opencity.childcare.webapp.security.SecurityConfiguration;
import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.StaffAccounts;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;
import org.opencity.childcare.webapp.security.secondfactor.Totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff accounts for tests, each enrolled in the second factor with {@link #SECRET}, and
 * their logins through both real steps: password, then a code. A code is good once per
 * account, so each test gets its own account rather than sharing the first webmaster's,
 * with the same display name and password.
 */
public final class TestStaff {

    /** The authenticator secret of every account made here. */
    public static final String SECRET = "KRSXG5CTORQWMZTTMVRXEZLU";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** The last time step each account used, so the next code is one it has not used. */
    private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

    /** The test password's hash, computed once: hashing is slow on purpose. */
    private static volatile String hash;

    private final StaffAccounts accounts;

    private final SecondFactors factors;

    private final PasswordEncoder encoder;

    private final ChildcareProperties.Staff configured;

    /** A staff account made for one test. */
    public record Account(String username, String displayName, String password) {

        /** How claims and decisions are signed by this account. */
        public String signature() {
            return this.displayName + " (" + this.username + ")";
        }

    }

    public TestStaff(ApplicationContext context) {
        this.accounts = context.getBean(StaffAccounts.class);
        this.factors = context.getBean(SecondFactors.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.configured = context.getBean(ChildcareProperties.class).staff();
    }

    /** A new webmaster account, enrolled. */
    public Account webmaster() {
        return enrolled(create(Roles.WEBMASTER));
    }

    /** A new editor account, enrolled. */
    public Account editor() {
        return enrolled(create(Roles.EDITOR));
    }

    /**
     * A new editor account, enrolled, whose password the service handed out: it must be
     * replaced before anything else.
     */
    public Account editorWithProvisionalPassword() {
        return enrolled(create(Roles.EDITOR, true));
    }

    /** A new webmaster account that has not enrolled yet: its next login enrols it. */
    public Account notEnrolled() {
        return create(Roles.WEBMASTER);
    }

    /** A new webmaster, logged in through both steps. */
    public MockHttpSession webmasterSession(MockMvc mvc) throws Exception {
        return logIn(mvc, webmaster());
    }

    /** A new editor, logged in through both steps. */
    public MockHttpSession editorSession(MockMvc mvc) throws Exception {
        return logIn(mvc, editor());
    }

    /** Logs the account in through the password form, then the code form. */
    public static MockHttpSession logIn(MockMvc mvc, Account account) throws Exception {
        MvcResult password = mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(account.username())
                .password(account.password()))
            .andReturn();
        assertThat(password.getResponse().getRedirectedUrl()).as("password step of " + account.username())
            .isEqualTo(SecondFactorLogins.CODE_PAGE);
        MockHttpSession session = (MockHttpSession) password.getRequest().getSession(false);
        MvcResult code = mvc
            .perform(post(SecondFactorLogins.CODE_PAGE).session(session).with(csrf()).param("code", nextCode(account)))
            .andReturn();
        assertThat(code.getResponse().getRedirectedUrl()).as("code step of " + account.username())
            .isEqualTo(SecurityConfiguration.BACKOFFICE);
        return session;
    }

    /**
     * Logs the account in in the browser: the password form at {@code loginUrl}, then the
     * code form. The caller waits for the page it expects next.
     */
    public static void logIn(HeadlessBrowser browser, String loginUrl, Account account) {
        browser.driver().get(loginUrl);
        browser.field("Nom d’utilisateur").sendKeys(account.username());
        browser.field("Mot de passe").sendKeys(account.password());
        browser.button("Se connecter").click();
        browser.waitingFor("the code page after the password")
            .until((driver) -> driver.getCurrentUrl().endsWith(SecondFactorLogins.CODE_PAGE));
        browser.field("Code à 6 chiffres").sendKeys(nextCode(account));
        browser.button("Valider").click();
    }

    /**
     * A code the account has not used yet: the current one, or the next one if the
     * current one was used (the host accepts one step of drift).
     */
    public static String nextCode(Account account) {
        long now = Totp.step(Clock.systemUTC().instant());
        long step = Math.max(now, LAST_STEPS.getOrDefault(account.username(), Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            throw new IllegalStateException("Test account " + account.username() + " used two codes in a row");
        }
        LAST_STEPS.put(account.username(), step);
        return Totp.code(SECRET, Instant.ofEpochSecond(step * 30));
    }

    private Account create(String role) {
        return create(role, false);
    }

    private Account create(String role, boolean provisional) {
        ChildcareProperties.StaffAccount template = Roles.WEBMASTER.equals(role) ? this.configured.webmaster()
                : this.configured.editor();
        String username = template.username() + "-" + NUMBER.incrementAndGet();
        StaffAccount account = new StaffAccount(username, template.displayName(), role, passwordHash());
        this.accounts.createIfAbsent(provisional ? account.provisional() : account);
        return new Account(username, template.displayName(), TestApplicationInitializer.STAFF_PASSWORD);
    }

    /**
     * Enrols with the previous step's code, leaving the current and next codes for
     * logins.
     */
    private Account enrolled(Account account) {
        long previous = Totp.step(Clock.systemUTC().instant()) - 1;
        this.factors.enrol(account.username(), SECRET, Totp.code(SECRET, Instant.ofEpochSecond(previous * 30)))
            .orElseThrow(() -> new IllegalStateException("Enrolment refused the test code"));
        LAST_STEPS.put(account.username(), previous);
        return account;
    }

    private String passwordHash() {
        if (hash == null) {
            hash = this.encoder.encode(TestApplicationInitializer.STAFF_PASSWORD);
        }
        return hash;
    }

}
