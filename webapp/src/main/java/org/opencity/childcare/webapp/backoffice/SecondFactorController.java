package org.opencity.childcare.webapp.backoffice;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.security.LoginThrottle;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.security.secondfactor.PendingSecondFactor;
import org.opencity.childcare.webapp.security.secondfactor.QrCodeSvg;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;

/**
 * The second step of a staff login, the enrolment of an account on its first login, and
 * the signed-in staff member's recovery codes. A wrong code counts against the login
 * throttle of its account, as a wrong password does.
 */
@Controller
class SecondFactorController {

    private static final Logger logger = LoggerFactory.getLogger(SecondFactorController.class);

    /**
     * The session attribute holding the secret offered to an account being enrolled,
     * followed by the account's user name: a secret offered to one person is never
     * offered to the next one on the same browser.
     */
    private static final String OFFERED_SECRET = SecondFactorController.class.getName() + ".secret.";

    private static final String CODE = "code";

    private static final int CODE_MAX = SecurityPage.CODE_MAX;

    private final SecondFactors factors;

    private final SecondFactorLogins logins;

    private final LoginThrottle throttle;

    private final Messages messages;

    private final SecurityPage securityPage;

    private final String issuer;

    SecondFactorController(SecondFactors factors, SecondFactorLogins logins, LoginThrottle throttle, Messages messages,
            SecurityPage securityPage, ChildcareProperties properties) {
        this.factors = factors;
        this.logins = logins;
        this.throttle = throttle;
        this.messages = messages;
        this.securityPage = securityPage;
        this.issuer = properties.city().serviceName();
    }

    @GetMapping(SecondFactorLogins.CODE_PAGE)
    String codePage(@AuthenticationPrincipal @Nullable Object principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        Optional<String> elsewhere = elsewhere(principal, request, response, redirect, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        PendingSecondFactor pending = this.logins.pending();
        if (!this.factors.enrolled(pending.getName())) {
            return "redirect:" + SecondFactorLogins.ENROLMENT_PAGE;
        }
        return codeForm(Map.of(), model);
    }

    @PostMapping(SecondFactorLogins.CODE_PAGE)
    @Nullable String checkCode(@RequestParam(name = CODE, required = false) @Nullable String code,
            @AuthenticationPrincipal @Nullable Object principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale)
            throws IOException, ServletException {
        Optional<String> elsewhere = elsewhere(principal, request, response, redirect, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        PendingSecondFactor pending = this.logins.pending();
        String username = pending.getName();
        if (!this.factors.enrolled(username)) {
            return "redirect:" + SecondFactorLogins.ENROLMENT_PAGE;
        }
        Optional<String> problem = throttledOrBlank(username, code, request, locale);
        if (problem.isPresent()) {
            return codeForm(Map.of(CODE, problem.get()), model);
        }
        SecondFactors.Check check = this.factors.check(username, code);
        switch (check.outcome()) {
            case CODE_ACCEPTED -> {
                succeeded(username, request);
                this.logins.signIn(pending, request, response);
                this.logins.sendOn(request, response);
                return null;
            }
            case RECOVERY_CODE_ACCEPTED -> {
                succeeded(username, request);
                this.logins.signIn(pending, request, response);
                logger.warn("staff login completed with a recovery code");
                redirect.addFlashAttribute("notice",
                        text("backoffice.secondFactor.recoveryCodeUsed", locale, check.recoveryCodesLeft()));
                return "redirect:" + BackofficePaths.SECURITY;
            }
            case CODE_ALREADY_USED -> {
                logger.warn("staff second factor refused: code already used");
                return codeForm(Map.of(CODE, text("backoffice.secondFactor.error.reused", locale)), model);
            }
            default -> {
                failed(username, request);
                return codeForm(Map.of(CODE, text("backoffice.secondFactor.error.wrong", locale)), model);
            }
        }
    }

    @GetMapping(SecondFactorLogins.ENROLMENT_PAGE)
    String enrolmentPage(@AuthenticationPrincipal @Nullable Object principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        Optional<String> elsewhere = elsewhere(principal, request, response, redirect, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        String username = this.logins.pending().getName();
        if (this.factors.enrolled(username)) {
            return "redirect:" + SecondFactorLogins.CODE_PAGE;
        }
        return enrolmentForm(username, offeredSecret(request.getSession(), username), Map.of(), model, locale);
    }

    @PostMapping(SecondFactorLogins.ENROLMENT_PAGE)
    String enrol(@RequestParam(name = CODE, required = false) @Nullable String code,
            @AuthenticationPrincipal @Nullable Object principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        Optional<String> elsewhere = elsewhere(principal, request, response, redirect, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        PendingSecondFactor pending = this.logins.pending();
        String username = pending.getName();
        if (this.factors.enrolled(username)) {
            return "redirect:" + SecondFactorLogins.CODE_PAGE;
        }
        String secret = offeredSecret(request.getSession(), username);
        Optional<String> problem = throttledOrBlank(username, code, request, locale);
        if (problem.isPresent()) {
            return enrolmentForm(username, secret, Map.of(CODE, problem.get()), model, locale);
        }
        Optional<List<String>> recoveryCodes = this.factors.enrol(username, secret, code);
        if (recoveryCodes.isEmpty()) {
            failed(username, request);
            return enrolmentForm(username, secret,
                    Map.of(CODE, text("backoffice.secondFactor.error.wrongEnrolment", locale)), model, locale);
        }
        succeeded(username, request);
        request.getSession().removeAttribute(OFFERED_SECRET + username);
        this.logins.signIn(pending, request, response);
        logger.info("staff account enrolled in the second factor");
        redirect.addFlashAttribute("recoveryCodes", recoveryCodes.get());
        redirect.addFlashAttribute("notice", text("backoffice.secondFactor.enrolled", locale));
        return "redirect:" + BackofficePaths.SECURITY;
    }

    @GetMapping(BackofficePaths.SECURITY)
    String security(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        return securityPage(staff, Map.of(), model);
    }

    @PostMapping(BackofficePaths.RECOVERY_CODES)
    String renewRecoveryCodes(@RequestParam(name = CODE, required = false) @Nullable String code,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request, Model model,
            RedirectAttributes redirect, Locale locale) {
        String username = staff.getUsername();
        Optional<String> problem = throttledOrBlank(username, code, request, locale);
        if (problem.isPresent()) {
            return securityPage(staff, Map.of(CODE, problem.get()), model);
        }
        SecondFactors.Check check = this.factors.check(username, code);
        if (check.outcome() != SecondFactors.Outcome.CODE_ACCEPTED) {
            if (check.outcome() == SecondFactors.Outcome.WRONG) {
                failed(username, request);
            }
            String key = (check.outcome() == SecondFactors.Outcome.CODE_ALREADY_USED)
                    ? "backoffice.secondFactor.error.reused" : "backoffice.secondFactor.error.renewWithCode";
            return securityPage(staff, Map.of(CODE, text(key, locale)), model);
        }
        succeeded(username, request);
        redirect.addFlashAttribute("recoveryCodes", this.factors.renewRecoveryCodes(username));
        redirect.addFlashAttribute("notice", text("backoffice.secondFactor.renewed", locale));
        logger.info("staff recovery codes renewed");
        return "redirect:" + BackofficePaths.SECURITY;
    }

    /**
     * Where a request for the second step goes instead when there is no half-done login
     * to finish: signed-in staff to the back office, a lapsed login and anyone else back
     * to the password.
     */
    private Optional<String> elsewhere(@Nullable Object principal, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (principal instanceof StaffPrincipal) {
            return Optional.of("redirect:" + BackofficePaths.HOME);
        }
        if (this.logins.pending() != null) {
            return Optional.empty();
        }
        if (this.logins.lapsed()) {
            this.logins.abandon(request, response);
            redirect.addFlashAttribute("error", text("backoffice.secondFactor.error.lapsed", locale));
        }
        return Optional.of("redirect:" + BackofficePaths.LOGIN);
    }

    private Optional<String> throttledOrBlank(String username, @Nullable String code, HttpServletRequest request,
            Locale locale) {
        Duration wait = this.throttle.waitBefore(throttleKey(username), request.getRemoteAddr());
        if (!wait.isZero()) {
            logger.warn("staff second factor refused: throttled for {} s", wait.toSeconds());
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return Optional.of(text("backoffice.login.error.throttled", locale, minutes));
        }
        if (code == null || code.isBlank()) {
            return Optional.of(text("backoffice.secondFactor.error.blank", locale));
        }
        if (code.length() > CODE_MAX) {
            return Optional.of(text("backoffice.secondFactor.error.wrong", locale));
        }
        return Optional.empty();
    }

    private void failed(String username, HttpServletRequest request) {
        logger.info("staff second factor refused: wrong code");
        this.throttle.failed(throttleKey(username), request.getRemoteAddr());
    }

    private void succeeded(String username, HttpServletRequest request) {
        this.throttle.succeeded(throttleKey(username), request.getRemoteAddr());
    }

    private String codeForm(Map<String, String> errors, Model model) {
        model.addAttribute("pageTitle", "backoffice.secondFactor.code.pageTitle");
        model.addAttribute("errors", errors);
        model.addAttribute("codeMax", CODE_MAX);
        return "backoffice:secondFactorCode";
    }

    private String enrolmentForm(String username, String secret, Map<String, String> errors, Model model,
            Locale locale) {
        model.addAttribute("pageTitle", "backoffice.secondFactor.enrolment.pageTitle");
        model.addAttribute("errors", errors);
        model.addAttribute("codeMax", CODE_MAX);
        model.addAttribute("secret", SecondFactors.readable(secret));
        model.addAttribute("qrCode", QrCodeSvg.draw(SecondFactors.otpauthUri(this.issuer, username, secret),
                text("backoffice.secondFactor.enrolment.qrCode", locale)));
        return "backoffice:secondFactorEnrolment";
    }

    private String securityPage(StaffPrincipal staff, Map<String, String> errors, Model model) {
        return this.securityPage.show(staff, errors, Map.of(), model);
    }

    private String offeredSecret(HttpSession session, String username) {
        Object secret = session.getAttribute(OFFERED_SECRET + username);
        if (secret instanceof String offered) {
            return offered;
        }
        String fresh = this.factors.newSecret();
        session.setAttribute(OFFERED_SECRET + username, fresh);
        return fresh;
    }

    private static String throttleKey(String username) {
        return "staff-code:" + username;
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

}
