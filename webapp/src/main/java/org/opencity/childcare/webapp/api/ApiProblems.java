package org.opencity.childcare.webapp.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * Writes RFC 9457 problems, from controllers (through the advice) and from the security
 * filters alike, so that every error of the API has one shape: a {@code type} URI per
 * kind under the public address, a title and detail from the bundles in the caller's
 * language, and field errors for validation.
 */
@Component
public class ApiProblems {

    private final Messages messages;

    private final ApiJson json;

    private final String typeBase;

    ApiProblems(Messages messages, ApiJson json, ChildcareProperties properties) {
        this.messages = messages;
        this.json = json;
        this.typeBase = stripSlash(properties.publicUrl()) + ApiPaths.PROBLEMS;
    }

    /** The type URI of a kind of problem. */
    public String type(ProblemKind kind) {
        return this.typeBase + kind.slug();
    }

    /** The problem, in the request's language. */
    public Problem problem(HttpServletRequest request, ProblemKind kind, @Nullable String detailKey,
            List<Problem.FieldProblem> errors, Object... detailArgs) {
        Locale locale = locale(request);
        String title = this.messages.get("api.problem." + kind.slug() + ".title", locale);
        String detail = this.messages.get((detailKey != null) ? detailKey : "api.problem." + kind.slug() + ".detail",
                locale, detailArgs);
        return new Problem(type(kind), title, kind.status(), detail, request.getRequestURI(),
                errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** The problem as an answer of a controller. */
    public ResponseEntity<Problem> entity(HttpServletRequest request, ProblemKind kind, @Nullable String detailKey,
            List<Problem.FieldProblem> errors, Object... detailArgs) {
        return ResponseEntity.status(kind.status())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem(request, kind, detailKey, errors, detailArgs));
    }

    /** Writes the problem straight to the response, for the filters. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind,
            @Nullable String detailKey) throws IOException {
        Problem problem = problem(request, kind, detailKey, List.of());
        response.setStatus(kind.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(this.json.write(problem));
    }

    /** Field errors of a module validation, translated. */
    public List<Problem.FieldProblem> translate(FieldErrors errors, HttpServletRequest request) {
        return translate(errors.all(), request);
    }

    /** Field errors, translated. */
    public List<Problem.FieldProblem> translate(List<FieldError> errors, HttpServletRequest request) {
        Locale locale = locale(request);
        return errors.stream()
            .map((FieldError error) -> new Problem.FieldProblem(error.field(),
                    this.messages.get(error.messageKey(), locale, error.arguments().toArray())))
            .toList();
    }

    /** A message of the bundles in the request's language. */
    public String message(HttpServletRequest request, String key, Object... args) {
        return this.messages.get(key, locale(request), args);
    }

    /** French unless the request's Accept-Language asks for English. */
    static Locale locale(HttpServletRequest request) {
        return (request.getHeader("Accept-Language") != null) ? Messages.supported(request.getLocale())
                : Messages.FRENCH;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

}
