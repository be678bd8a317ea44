package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.i18n.Messages;

/**
 * The section page under "Services en ligne > Garde d'enfant", with a notice after an
 * account was deleted.
 */
@Controller
class SectionController {

    private final Messages messages;

    SectionController(Messages messages) {
        this.messages = messages;
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

    @GetMapping(SitePaths.PRIVACY)
    String privacy(Model model) {
        model.addAttribute("pageTitle", "childcare.privacy.pageTitle");
        return "site:privacyNotice";
    }

}
