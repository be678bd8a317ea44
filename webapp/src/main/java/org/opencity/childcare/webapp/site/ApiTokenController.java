package org.opencity.childcare.webapp.site;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.apitoken.ApiScope;
import org.opencity.childcare.apitoken.ApiToken;
import org.opencity.childcare.apitoken.ApiTokenNotFoundException;
import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.apitoken.IssuedApiToken;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * "Mon compte > Jetons d’accès": a member's personal tokens for the headless API. A new
 * token's secret is shown once, on the page that answers its creation, never again.
 */
@Controller
class ApiTokenController {

    /** Revokes the token named by the {@code jeton} field. */
    static final String REVOKE = SitePaths.API_TOKENS + "/revoquer";

    private final ApiTokens tokens;

    private final SignedInMembers members;

    private final AdPresenter presenter;

    private final Messages messages;

    private final Clock clock;

    ApiTokenController(ApiTokens tokens, SignedInMembers members, AdPresenter presenter, Messages messages,
            Clock clock) {
        this.tokens = tokens;
        this.members = members;
        this.presenter = presenter;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(SitePaths.API_TOKENS)
    String list(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(name = "revoque", required = false) @Nullable String revoked, Model model, Locale locale) {
        Member member = this.members.active(principal);
        if (revoked != null) {
            model.addAttribute("notice", this.messages.get("childcare.apiTokens.notice.revoked", locale));
        }
        return page(member, "", ApiScope.READ.name(), this.tokens.defaultExpiryDate().toString(), Map.of(), null, model,
                locale);
    }

    @PostMapping(SitePaths.API_TOKENS)
    String create(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "scope", required = false) @Nullable String scope,
            @RequestParam(name = "expiresOn", required = false) @Nullable String expiresOn, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);
        IssuedApiToken issued;
        try {
            issued = this.tokens.create(member.id(), name, scope, expiresOn);
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return page(member, (name != null) ? name : "", (scope != null) ? scope : "",
                    (expiresOn != null) ? expiresOn : "", FormErrors.translate(ex.errors(), this.messages, locale),
                    null, model, locale);
        }
        // The secret is in this page only: never cached, never in a redirect.
        response.setHeader("Cache-Control", "no-store");
        return page(member, "", ApiScope.READ.name(), this.tokens.defaultExpiryDate().toString(), Map.of(), issued,
                model, locale);
    }

    @PostMapping(REVOKE)
    String revoke(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(name = "jeton", required = false) @Nullable String id) {
        Member member = this.members.active(principal);
        if (id == null || id.isBlank()) {
            return "redirect:" + SitePaths.API_TOKENS;
        }
        try {
            this.tokens.revoke(member.id(), id);
        }
        catch (ApiTokenNotFoundException ex) {
            throw new PageNotFoundException(REVOKE);
        }
        return "redirect:" + SitePaths.API_TOKENS + "?revoque";
    }

    private String page(Member member, String name, String scope, String expiresOn, Map<String, String> errors,
            @Nullable IssuedApiToken issued, Model model, Locale locale) {
        model.addAttribute("pageTitle", "childcare.apiTokens.pageTitle");
        model.addAttribute("tokens", this.tokens.listOwn(member.id()).stream().map((t) -> row(t, locale)).toList());
        model.addAttribute("form", Map.of("name", name, "scope", scope, "expiresOn", expiresOn));
        model.addAttribute("scopes",
                List.of(Map.of("value", ApiScope.READ.name(), "label", scopeLabel(ApiScope.READ, locale)),
                        Map.of("value", ApiScope.READ_WRITE.name(), "label", scopeLabel(ApiScope.READ_WRITE, locale))));
        model.addAttribute("latestExpiry", this.tokens.latestExpiryDate().toString());
        model.addAttribute("maxTokens", ApiTokens.MAX_PER_MEMBER);
        model.addAttribute("errors", errors);
        if (issued != null) {
            model.addAttribute("issued", Map.of("name", issued.token().name(), "secret", issued.secret()));
        }
        return "site:apiTokens";
    }

    private Map<String, Object> row(ApiToken token, Locale locale) {
        return Map.of("id", token.id(), "name", token.name(), "scope", scopeLabel(token.scope(), locale), "created",
                this.presenter.date(token.createdAt(), locale), "expires",
                this.presenter.date(token.expiresAt().minusSeconds(1), locale), "expired",
                !token.isValidAt(this.clock.instant()), "lastUsed",
                (token.lastUsedAt() != null) ? this.presenter.date(token.lastUsedAt(), locale)
                        : this.messages.get("childcare.apiTokens.neverUsed", locale),
                "revokePath", REVOKE);
    }

    private String scopeLabel(ApiScope scope, Locale locale) {
        return this.messages.get("childcare.apiTokens.scope." + scope.name(), locale);
    }

}
