package org.opencity.childcare.webapp.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.opencity.childcare.alert.SavedSearchNotFoundException;
import org.opencity.childcare.conversation.ConversationNotFoundException;
import org.opencity.childcare.listing.AdNotEditableException;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.listing.InactiveMemberException;

/**
 * What a member sees when a page cannot do what was asked: an ad, conversation or saved
 * search that is not (or no longer) theirs to see gets the same page as one that never
 * existed; a change the ad's status no longer allows says so; a member suspended since
 * logging in is logged out.
 */
@ControllerAdvice(basePackageClasses = SiteExceptionsAdvice.class)
class SiteExceptionsAdvice {

    private static final Logger logger = LoggerFactory.getLogger(SiteExceptionsAdvice.class);

    @ExceptionHandler(AdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page("adGone", model);
    }

    /** Someone else's conversation gets the same page as one that never existed. */
    @ExceptionHandler({ ConversationNotFoundException.class, PageNotFoundException.class })
    String conversationNotFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page("notFound", model);
    }

    @ExceptionHandler(SavedSearchNotFoundException.class)
    String savedSearchGone(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page("savedSearchGone", model);
    }

    @ExceptionHandler({ AdNotEditableException.class, IllegalAdTransitionException.class })
    String notAllowedNow(RuntimeException ex, HttpServletResponse response, Model model) {
        logger.info("Ad change refused: {}", ex.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return page("adLocked", model);
    }

    @ExceptionHandler(InactiveMemberException.class)
    String inactive(InactiveMemberException ex, HttpServletRequest request, HttpServletResponse response) {
        logger.info("Session of an inactive member ended: {}", ex.getMessage());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:" + SitePaths.LOGIN + "?" + SitePaths.SUSPENDED;
    }

    private static String page(String name, Model model) {
        model.addAttribute("pageTitle", "childcare.error." + name + ".title");
        model.addAttribute("titleKey", "childcare.error." + name + ".title");
        model.addAttribute("messageKey", "childcare.error." + name + ".message");
        return "site:errorPage";
    }

}
