package org.opencity.childcare.webapp.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The section page under "Services en ligne > Garde d'enfant".
 */
@Controller
class SectionController {

    @GetMapping({ SitePaths.SECTION, SitePaths.SECTION + "/" })
    String section() {
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
