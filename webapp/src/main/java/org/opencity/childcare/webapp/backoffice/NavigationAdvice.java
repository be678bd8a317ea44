package org.opencity.childcare.webapp.backoffice;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.opencity.childcare.webapp.api.ApiPaths;
import org.opencity.childcare.webapp.backoffice.pages.PagesPaths;
import org.opencity.childcare.webapp.security.Roles;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * Gives every back-office screen the navigation links the signed-in role may follow, so
 * that no one is shown a link that ends on "access refused".
 */
@ControllerAdvice(basePackageClasses = NavigationAdvice.class)
class NavigationAdvice {

    @ModelAttribute("navigation")
    List<NavLink> navigation(@AuthenticationPrincipal @Nullable Object principal) {
        return linksFor(principal);
    }

    static List<NavLink> linksFor(@Nullable Object principal) {
        NavLink pages = new NavLink("backoffice.nav.pages", PagesPaths.TREE);
        NavLink api = new NavLink("backoffice.api.nav", ApiPaths.DOCUMENTATION);
        NavLink security = new NavLink("backoffice.nav.security", BackofficePaths.SECURITY);
        if (principal instanceof StaffPrincipal staff && isWebmaster(staff)) {
            return List.of(new NavLink("backoffice.nav.inbox", BackofficePaths.INBOX),
                    new NavLink("backoffice.nav.ads", BackofficePaths.ADS),
                    new NavLink("backoffice.nav.members", BackofficePaths.MEMBERS),
                    new NavLink("backoffice.nav.outbox", BackofficePaths.OUTBOX),
                    new NavLink("backoffice.nav.staff", BackofficePaths.STAFF), pages, api, security);
        }
        if (principal instanceof StaffPrincipal) {
            return List.of(pages, api, security);
        }
        return List.of();
    }

    static boolean isWebmaster(StaffPrincipal staff) {
        return Roles.WEBMASTER.equals(staff.account().role());
    }

}
