package org.opencity.childcare.webapp.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.opencity.childcare.alert.SavedSearchNotFoundException;
import org.opencity.childcare.apitoken.ApiTokenNotFoundException;
import org.opencity.childcare.conversation.ContactRefusedException;
import org.opencity.childcare.conversation.ConversationNotFoundException;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.listing.AdNotEditableException;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.listing.InactiveMemberException;
import org.opencity.childcare.member.IllegalTransitionException;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.TaskNotFoundException;
import org.opencity.childcare.validation.InvalidInputException;

/**
 * Turns what the module services refuse into problems, the same way for every endpoint:
 * someone else's resource is a 404 exactly like one that does not exist; a change the
 * state no longer allows is a 409; invalid input a 422 with one entry per field, in the
 * words the pages use. Anything unexpected is a 500 problem without details, logged.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionsAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionsAdvice {

    private static final Logger logger = LoggerFactory.getLogger(ApiExceptionsAdvice.class);

    private final ApiProblems problems;

    ApiExceptionsAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Problem> problem(ApiProblemException ex, HttpServletRequest request) {
        return this.problems.entity(request, ex.kind(), ex.detailKey(), this.problems.translate(ex.errors(), request));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalid(InvalidInputException ex, HttpServletRequest request) {
        return this.problems.entity(request, ProblemKind.VALIDATION, null,
                this.problems.translate(ex.errors(), request));
    }

    @ExceptionHandler({ AdNotFoundException.class, ConversationNotFoundException.class,
            SavedSearchNotFoundException.class, ApiTokenNotFoundException.class, TaskNotFoundException.class,
            MemberNotFoundException.class })
    ResponseEntity<Problem> notFound(HttpServletRequest request) {
        return this.problems.entity(request, ProblemKind.NOT_FOUND, null, List.of());
    }

    @ExceptionHandler({ AdNotEditableException.class, IllegalAdTransitionException.class,
            ConcurrentChangeException.class })
    ResponseEntity<Problem> conflict(RuntimeException ex, HttpServletRequest request) {
        logger.info("API change refused: {}", ex.getMessage());
        return this.problems.entity(request, ProblemKind.CONFLICT, null, List.of());
    }

    /** A member's status that does not allow the change (suspension, reactivation). */
    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<Problem> memberStatus(IllegalTransitionException ex, HttpServletRequest request) {
        logger.info("API change refused: {}", ex.getMessage());
        return this.problems.entity(request, ProblemKind.CONFLICT, "api.problem.conflict.memberStatus", List.of());
    }

    @ExceptionHandler(AlreadyDecidedException.class)
    ResponseEntity<Problem> alreadyDecided(HttpServletRequest request) {
        return this.problems.entity(request, ProblemKind.ALREADY_DECIDED, null, List.of());
    }

    @ExceptionHandler(InactiveMemberException.class)
    ResponseEntity<Problem> inactive(HttpServletRequest request) {
        return this.problems.entity(request, ProblemKind.ACCOUNT_INACTIVE, null, List.of());
    }

    @ExceptionHandler(ContactRefusedException.class)
    ResponseEntity<Problem> contactRefused(ContactRefusedException ex, HttpServletRequest request) {
        if (ex.refusal() == ContactRefusedException.Refusal.OWN_AD) {
            return this.problems.entity(request, ProblemKind.OWN_AD, null, List.of());
        }
        if (ex.refusal() == ContactRefusedException.Refusal.NOT_ACTIVE) {
            return this.problems.entity(request, ProblemKind.ACCOUNT_INACTIVE, null, List.of());
        }
        if (ex.refusal() == ContactRefusedException.Refusal.AD_NOT_LISTED) {
            return this.problems.entity(request, ProblemKind.NOT_FOUND, null, List.of());
        }
        return this.problems.entity(request, ProblemKind.CONTACT_REFUSED,
                "api.problem.contact-refused." + ex.refusal().name(), List.of());
    }

    /**
     * A client that accepts no JSON at all (the problem itself is sent as JSON anyway).
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpServletRequest request) {
        return this.problems.entity(request, ProblemKind.NOT_ACCEPTABLE, null, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception ex, HttpServletRequest request) {
        logger.error("API request '{} {}' failed", request.getMethod(), request.getRequestURI(), ex);
        return this.problems.entity(request, ProblemKind.SERVER_ERROR, null, List.of());
    }

}
