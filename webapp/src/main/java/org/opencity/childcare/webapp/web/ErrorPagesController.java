package org.opencity.childcare.webapp.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import org.opencity.childcare.webapp.security.SecurityConfiguration;

/**
 * Every error ends on a page in the visitor's language that says what to do next; never a
 * stack trace or a server's default page.
 */
@Controller
class ErrorPagesController implements ErrorController {

    static final String EXPIRED = "/page-expiree";

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No status means no error was forwarded here: someone asked for /error itself.
        int status = (code instanceof Integer value) ? value : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        String page = switch (status) {
            case 400, 405, 415 -> "badRequest";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 413 -> "tooLarge";
            default -> "server";
        };
        return show(page, model);
    }

    @RequestMapping(SecurityConfiguration.ACCESS_DENIED)
    String accessDenied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return show("forbidden", model);
    }

    @RequestMapping(EXPIRED)
    String expired(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return show("expired", model);
    }

    private static String show(String page, Model model) {
        model.addAttribute("pageTitle", "childcare.error." + page + ".title");
        model.addAttribute("titleKey", "childcare.error." + page + ".title");
        model.addAttribute("messageKey", "childcare.error." + page + ".message");
        return "site:errorPage";
    }

}
