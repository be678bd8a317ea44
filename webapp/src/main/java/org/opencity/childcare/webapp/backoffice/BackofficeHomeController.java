package org.opencity.childcare.webapp.backoffice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.webapp.backoffice.pages.PagesPaths;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * The back-office welcome: what the signed-in role can do from here.
 */
@Controller
class BackofficeHomeController {

    private final RegistrationInbox inbox;

    BackofficeHomeController(RegistrationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping(BackofficePaths.HOME)
    String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        boolean webmaster = NavigationAdvice.isWebmaster(staff);

        model.addAttribute("pageTitle", "backoffice.home.pageTitle");
        model.addAttribute("webmaster", webmaster);
        model.addAttribute("pagesPath", PagesPaths.TREE);
        if (webmaster) {
            model.addAttribute("openTasks", this.inbox.openTasks().size());
            model.addAttribute("inboxPath", BackofficePaths.INBOX);
            model.addAttribute("outboxPath", BackofficePaths.OUTBOX);
        }
        return "backoffice:home";
    }

}
