package org.opencity.childcare.webapp.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;

import org.opencity.childcare.webapp.rendering.PageViewResolver;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox when nothing waits. The shared repository always holds other tests' requests,
 * so the screen is rendered by the application's own view resolver with an empty list.
 */
@ApplicationTest
class InboxEmptyStateTest {

    private final PageViewResolver views;

    @Autowired
    InboxEmptyStateTest(PageViewResolver views) {
        this.views = views;
    }

    @Test
    void inboxWhenNothingWaitsShouldSaySoInThePageShell() throws Exception {
        View view = this.views.resolveViewName("backoffice:inbox", Locale.FRENCH);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/backoffice/taches");
        request.addPreferredLocale(Locale.FRENCH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        view.render(Map.of("pageTitle", "backoffice.inbox.pageTitle", "tasks", List.of(), "navigation",
                List.of(new NavLink("backoffice.nav.inbox", "/backoffice/taches"))), request, response);

        assertThat(response.getContentAsString()).contains("<html lang=\"fr\">")
            .contains("<title>Demandes à traiter – Back-office – Garde d’enfant</title>")
            .contains("<a class=\"skip-link\" href=\"#contenu\">")
            .contains("href=\"/backoffice/taches\" aria-current=\"page\">Demandes à traiter</a>")
            .contains("Aucune demande en attente : tout est à jour.")
            .doesNotContain("<ol class=\"task-list\">");
    }

}
