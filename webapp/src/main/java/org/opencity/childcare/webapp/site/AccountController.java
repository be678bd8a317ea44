package org.opencity.childcare.webapp.site;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.webapp.security.MemberPrincipal;

/**
 * "My account": what the service knows about the member, and what others can see of it.
 */
@Controller
class AccountController {

    private final AccountService accounts;

    private final Neighbourhoods neighbourhoods;

    private final Messages messages;

    private final ZoneId zone;

    AccountController(AccountService accounts, Neighbourhoods neighbourhoods, Messages messages, ZoneId cityZone) {
        this.accounts = accounts;
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
        this.zone = cityZone;
    }

    @GetMapping(SitePaths.ACCOUNT)
    String account(@AuthenticationPrincipal MemberPrincipal principal, HttpServletRequest request, Model model,
            Locale locale) throws ServletException {
        Member member = this.accounts.findById(principal.memberId())
            .orElseThrow(() -> new MemberNotFoundException(principal.memberId()));
        if (member.status() != MemberStatus.ACTIVE) {
            // Suspended or closed since logging in: the session ends here.
            request.logout();
            request.getSession().invalidate();
            return "redirect:" + SitePaths.LOGIN + "?compte-suspendu";
        }
        Profile profile = member.profile();
        Locale language = Messages.supported(locale);
        model.addAttribute("pageTitle", "childcare.account.pageTitle");
        model.addAttribute("member", member);
        model.addAttribute("kindLabel",
                (profile.kind() == MemberKind.FAMILY) ? this.messages.get("childcare.member.kind.FAMILY", locale)
                        : this.messages.get("childcare.registration.caregiverType." + profile.caregiverType(), locale));
        model.addAttribute("neighbourhood", this.neighbourhoods.nameOf(profile.neighbourhood()));
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

}
