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
    void privacyNoticeShouldGiveEverythingTheLawAsksWithTheRetentionPeriodsTheJobsApply() throws Exception {
        MvcResult result = this.mvc.perform(get(SitePaths.PRIVACY)).andReturn();
        String body = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body).contains("<title>Données personnelles – Garde d’enfant – Ville de Démonstration</title>")
            .contains("<h1 class=\"page-title\">Données personnelles</h1>")
            .containsSubsequence("Qui est responsable de vos données ?", "délégué à la protection des données",
                    "Quelles données ?", "À quoi servent-elles ?", "Sur quelle base ?", "consentement",
                    "Qui peut les voir ?", "Combien de temps vos données sont-elles conservées ?",
                    "Sans connexion pendant 2 ans", "un courriel vous prévient 30 jours avant",
                    "Une annonce reste en ligne 30 jours", "180 jours après sa dernière modification",
                    "Une conversation est supprimée avec ses messages 180 jours", "Vos droits",
                    "Télécharger mes données", "Réclamation auprès de la CNIL", "https://www.cnil.fr/fr/plaintes");
    }

    @Test
    void privacyNoticeInEnglishShouldGiveTheRetentionPeriodsInEnglish() throws Exception {
        String body = this.mvc.perform(get(SitePaths.PRIVACY).header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(body).contains("How long is your data kept?", "Without a login for 2 years",
                "These are the periods the service actually applies.");
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
