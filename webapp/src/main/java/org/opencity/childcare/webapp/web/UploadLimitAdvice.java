package org.opencity.childcare.webapp.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload beyond the request limit cannot be read at all, so the form cannot be shown
 * again with its values; the visitor gets a page that says what to send instead.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("pageTitle", "childcare.error.tooLarge.title");
        model.addAttribute("titleKey", "childcare.error.tooLarge.title");
        model.addAttribute("messageKey", "childcare.error.tooLarge.message");
        return "site:errorPage";
    }

}
