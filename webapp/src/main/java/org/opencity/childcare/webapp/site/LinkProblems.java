package org.opencity.childcare.webapp.site;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

import org.opencity.childcare.token.TokenState;

/**
 * The page for a single-use link that cannot be used: why, and what to do next. A link
 * never issued (or one that is valid for something else) answers 404, an expired or used
 * one 410.
 */
final class LinkProblems {

    /** What the link was for, which decides what the page suggests next. */
    enum Purpose {

        PASSWORD(null), AD_RENEWAL("renewal"), EMAIL_CHANGE("emailChange");

        private final @Nullable String flag;

        Purpose(@Nullable String flag) {
            this.flag = flag;
        }

    }

    private LinkProblems() {
    }

    static String show(TokenState state, Purpose purpose, Model model, HttpServletResponse response) {
        boolean unknown = state == TokenState.UNKNOWN || state == TokenState.VALID;
        response.setStatus(unknown ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("pageTitle", "childcare.link.pageTitle");
        model.addAttribute("state", unknown ? TokenState.UNKNOWN.name() : state.name());
        if (purpose.flag != null) {
            model.addAttribute(purpose.flag, true);
        }
        return "site:linkProblem";
    }

}
