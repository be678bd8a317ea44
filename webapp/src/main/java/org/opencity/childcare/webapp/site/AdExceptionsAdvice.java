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

import org.opencity.childcare.listing.AdNotEditableException;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.listing.InactiveMemberException;

/**
 * What a member sees when an ad page cannot do what was asked: an ad that is not (or no
 * longer) theirs to see gets the same page as one that never existed; a change the ad's
 * status no longer allows says so; a member suspended since logging in is logged out.
 */
@ControllerAdvice(basePackageClasses = AdExceptionsAdvice.class)
class AdExceptionsAdvice {

    private static final Logger logger = LoggerFactory.getLogger(AdExceptionsAdvice.class);

    @ExceptionHandler(AdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page("adGone", model);
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
        return "redirect:" + SitePaths.LOGIN + "?compte-suspendu";
    }

    private static String page(String name, Model model) {
        model.addAttribute("pageTitle", "childcare.error." + name + ".title");
        model.addAttribute("titleKey", "childcare.error." + name + ".title");
        model.addAttribute("messageKey", "childcare.error." + name + ".message");
        return "site:errorPage";
    }

}
