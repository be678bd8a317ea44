package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.privacy.RetentionNotice;

/**
 * The section page under "Services en ligne > Garde d'enfant", with a notice after an
 * account was deleted, and the privacy notice.
 */
@Controller
class SectionController {

    private final Messages messages;

    private final RetentionNotice retention;

    SectionController(Messages messages, RetentionNotice retention) {
        this.messages = messages;
        this.retention = retention;
    }

    @GetMapping({ SitePaths.SECTION, SitePaths.SECTION + "/" })
    String section(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        if (parameters.containsKey(AccountController.ACCOUNT_DELETED)) {
            model.addAttribute("notice", this.messages.get("childcare.section.accountDeleted", locale));
        }
        return "site:sectionIntro";
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + SitePaths.SECTION;
    }

    /**
     * The privacy notice: the editors' text of its page, with the retention periods the
     * service computes from the settings its jobs apply. The page's own title names it.
     */
    @GetMapping(SitePaths.PRIVACY)
    String privacy(Model model, Locale locale) {
        model.addAttribute("lines", this.retention.lines(locale));
        return "site:privacyRetention";
    }

}
