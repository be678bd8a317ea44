package org.opencity.childcare.webapp.website;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The city's frame around every page of the section: its name, the breadcrumb, and the
 * footer links the law asks for — the accessibility statement and the privacy notice.
 */
@ApplicationTest
class SiteShellTest {

    private final MockMvc mvc;

    @Autowired
    SiteShellTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void everyPublicPageShouldCarryTheCityShell() throws Exception {
        for (String path : List.of(SitePaths.SECTION, SitePaths.REGISTER, SitePaths.LOGIN, SitePaths.PRIVACY,
                SitePaths.ACCESSIBILITY, SitePaths.SECTION + "/nulle-part")) {
            String body = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();

            assertThat(body).as(path)
                .contains("Ville de Démonstration")
                .contains("<li>Services en ligne</li>")
                .contains("href=\"" + SitePaths.ACCESSIBILITY + "\">Accessibilité : partiellement conforme</a>")
                .contains("href=\"" + SitePaths.PRIVACY + "\">Données personnelles</a>");
        }
    }

    @Test
    void accessibilityStatementShouldGiveStatusContactAndRecourse() throws Exception {
        MvcResult result = this.mvc.perform(get(SitePaths.ACCESSIBILITY)).andReturn();
        String body = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body).contains("<h1 class=\"page-title\">Déclaration d’accessibilité</h1>")
            .contains("<strong>partiellement conforme</strong>")
            .contains("RGAA")
            .contains("Contenus non accessibles")
            .contains("Retour d’information et contact")
            .contains("Défenseur des droits");
    }

}
