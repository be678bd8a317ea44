package org.opencity.childcare.webapp.site;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.json.JsonMapper;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.EmailChanges;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.member.WrongPasswordException;
import org.opencity.childcare.privacy.AccountDeletion;
import org.opencity.childcare.privacy.PersonalDataExport;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.security.PasswordRechecks;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * "My account": what the service knows about the member and what others can see of it,
 * with a change of e-mail address waiting for confirmation; downloading all of it as a
 * file, and deleting the account (the password typed again, throttled as logins are).
 */
@Controller
class AccountController {

    private static final Logger logger = LoggerFactory.getLogger(AccountController.class);

    /** The name the downloaded data is saved under. */
    static final String DATA_FILE = "mes-donnees-garde-enfant.json";

    /** The flag of the section page's notice after a deletion. */
    static final String ACCOUNT_DELETED = "compte-supprime";

    private final SignedInMembers signedIn;

    private final PersonalDataExport export;

    private final AccountDeletion deletion;

    private final JsonMapper json;

    private final Neighbourhoods neighbourhoods;

    private final Messages messages;

    private final ZoneId zone;

    private final EmailChanges emailChanges;

    private final PasswordRechecks rechecks;

    AccountController(SignedInMembers signedIn, PersonalDataExport export, AccountDeletion deletion, JsonMapper json,
            Neighbourhoods neighbourhoods, Messages messages, ZoneId cityZone, EmailChanges emailChanges,
            PasswordRechecks rechecks) {
        this.signedIn = signedIn;
        this.export = export;
        this.deletion = deletion;
        this.json = json;
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
        this.zone = cityZone;
        this.emailChanges = emailChanges;
        this.rechecks = rechecks;
    }

    @GetMapping(SitePaths.ACCOUNT)
    String account(@AuthenticationPrincipal MemberPrincipal principal, @RequestParam Map<String, String> parameters,
            Model model, Locale locale) {
        Member member = this.signedIn.active(principal);
        Profile profile = member.profile();
        Locale language = Messages.supported(locale);
        model.addAttribute("pageTitle", "childcare.account.pageTitle");
        model.addAttribute("member", member);
        model.addAttribute("kindLabel",
                (profile.kind() == MemberKind.FAMILY) ? this.messages.get("childcare.member.kind.FAMILY", locale)
                        : this.messages.get("childcare.registration.caregiverType." + profile.caregiverType(), locale));
        model.addAttribute("neighbourhood", this.neighbourhoods.nameOf(profile.neighbourhood()));
        model.addAttribute("notice", Notices.first(parameters, this.messages, locale, "childcare.account.notice.",
                AccountSettingsController.PASSWORD_CHANGED, AccountSettingsController.EMAIL_REQUESTED));
        this.emailChanges.pending(member.id())
            .ifPresent((change) -> model.addAttribute("pendingEmail",
                    this.messages.get("childcare.account.emailPending", locale, change.email(),
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(language)
                                .format(change.expiresAt().atZone(this.zone)),
                            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                .withLocale(language)
                                .format(change.expiresAt().atZone(this.zone)))));
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", language);
        model.addAttribute("children", profile.children()
            .stream()
            .map((YearMonth birth) -> this.messages.get("childcare.account.childBorn", locale, birth.format(monthYear)))
            .toList());
        if (member.verification() != null) {
            model.addAttribute("verifiedOn",
                    this.messages.get("childcare.account.verifiedOn", locale,
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(language)
                                .format(member.verification().decidedAt().atZone(this.zone))));
        }
        return "site:account";
    }

    /**
     * Everything the service holds about the member, as a JSON file to save. Never
     * cached: it is the most personal answer the site gives.
     */
    @GetMapping(SitePaths.MY_DATA)
    ResponseEntity<byte[]> download(@AuthenticationPrincipal MemberPrincipal principal) {
        Member member = this.signedIn.active(principal);
        byte[] body = this.json.writerWithDefaultPrettyPrinter()
            .with(new HtmlSafeEscapes())
            .writeValueAsBytes(this.export.export(member.id()));

        logger.info("Member '{}' downloaded their data", member.id());
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + DATA_FILE + "\"")
            .cacheControl(CacheControl.noStore())
            .body(body);
    }

    @GetMapping(SitePaths.DELETE_ACCOUNT)
    String deletionForm(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
        this.signedIn.active(principal);
        return deletionPage(Map.of(), model);
    }

    /**
     * Deletes the account once the member typed their password again, ends the session
     * and shows the section page with a confirmation. A missing or wrong password leaves
     * everything as it was and says so on the same page.
     */
    @PostMapping(SitePaths.DELETE_ACCOUNT)
    String delete(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(required = false) @Nullable String password, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws ServletException {
        Member member = this.signedIn.active(principal);
        Duration wait = this.rechecks.waitBefore(member, request);
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return deletionPage(Map.of("password", Throttling.message(wait, this.messages, locale)), model);
        }
        try {
            this.deletion.deleteOwn(member.id(), password);
        }
        catch (InvalidInputException ex) {
            if (ex instanceof WrongPasswordException) {
                this.rechecks.failed(member, request);
            }
            response.setStatus(422);
            return deletionPage(FormErrors.translate(ex.errors(), this.messages, locale), model);
        }

        endSession(request);
        return "redirect:" + SitePaths.SECTION + "?" + ACCOUNT_DELETED;
    }

    private static String deletionPage(Map<String, String> errors, Model model) {
        model.addAttribute("pageTitle", "childcare.accountDeletion.pageTitle");
        model.addAttribute("errors", errors);
        return "site:accountDeletion";
    }

    private static void endSession(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * Writes the characters that mean something in HTML ({@code < > & '}) as JSON unicode
     * escapes: the file reads back as the same data, and no viewer can take a member's
     * text in it for markup.
     */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] codes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : "<>&'".toCharArray()) {
                this.codes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return this.codes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return null;
        }

    }

}
