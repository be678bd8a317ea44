package org.opencity.childcare.webapp.backoffice;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.registration.RegistrationInbox;

/**
 * The webmasters' inbox: every task still to decide, the one waiting longest first.
 */
@Controller
class InboxController {

    private final RegistrationInbox inbox;

    private final TaskViews views;

    InboxController(RegistrationInbox inbox, TaskViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @GetMapping(BackofficePaths.INBOX)
    String inbox(Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.inbox.pageTitle");
        model.addAttribute("tasks", this.views.inbox(this.inbox.openTasks(), locale));
        return "backoffice:inbox";
    }

}
