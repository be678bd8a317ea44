package org.opencity.childcare.webapp.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationInbox.Item;

/**
 * The webmasters' inbox: every task still to decide, the one waiting longest first, each
 * with its type and what it is about.
 */
@Controller
class InboxController {

    private final RegistrationInbox inbox;

    private final TaskViews views;

    private final BackofficeAds ads;

    InboxController(RegistrationInbox inbox, TaskViews views, BackofficeAds ads) {
        this.inbox = inbox;
        this.views = views;
        this.ads = ads;
    }

    @GetMapping(BackofficePaths.INBOX)
    String inbox(Model model, Locale locale) {
        List<Item> items = this.inbox.openTasks();
        Set<String> subjects = items.stream()
            .map(Item::task)
            .filter((task) -> task.type() != TaskType.REGISTRATION)
            .map(Task::subjectId)
            .collect(Collectors.toSet());

        model.addAttribute("pageTitle", "backoffice.inbox.pageTitle");
        model.addAttribute("tasks", this.views.inbox(items, this.ads.summaries(subjects), locale));
        return "backoffice:inbox";
    }

}
