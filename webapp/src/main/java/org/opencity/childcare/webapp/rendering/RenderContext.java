package org.opencity.childcare.webapp.rendering;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.security.SignedInUser;
import org.opencity.childcare.webapp.site.SitePaths;

/**
 * Builds the context objects templates see besides {@code i18n}: {@code ctx} (the
 * request), {@code site} (the configured city and the section's addresses) and
 * {@code model}.
 */
@Component
public class RenderContext {

    private final Map<String, Object> site;

    public RenderContext(ChildcareProperties properties) {
        this.site = Map.of("cityName", properties.city().name(), "serviceName", properties.city().serviceName(),
                "homeUrl", properties.city().homeUrl(), "paths", SitePaths.forTemplates());
    }

    Map<String, Object> site() {
        return this.site;
    }

    /** The controller's model without Spring's own binding entries. */
    Map<String, Object> model(Map<String, ?> model) {
        Map<String, Object> result = new LinkedHashMap<>();
        model.forEach((key, value) -> {
            if (!key.startsWith(BindingResult.MODEL_KEY_PREFIX) && value != null) {
                result.put(key, value);
            }
        });
        return result;
    }

    Map<String, Object> ctx(HttpServletRequest request, Locale locale) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("contextPath", request.getContextPath());
        ctx.put("requestPath", request.getRequestURI().substring(request.getContextPath().length()));
        ctx.put("language", locale.getLanguage());
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            ctx.put("csrf", Map.of("parameterName", csrf.getParameterName(), "token", csrf.getToken()));
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            ctx.put("user", Map.of("name", user.displayName(), "staff", user.isStaff()));
        }
        return ctx;
    }

}
