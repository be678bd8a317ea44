package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.StaffAccounts;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A password the service handed out (a first password, one a webmaster gave, one an
 * operator reset) has been read aloud or printed in a log: its owner stays on their
 * security page until they choose their own, and webmasters see who has not yet.
 */
@ApplicationTest
class ProvisionalPasswordTest {

    private static final String SECURITY = "/backoffice/securite";

    private static final String OWN_PASSWORD = "violoncelle rangé sous l’escalier";

    private final MockMvc mvc;

    private final TestStaff staff;

    private final StaffAccounts accounts;

    @Autowired
    ProvisionalPasswordTest(MockMvc mvc, ApplicationContext context, StaffAccounts accounts) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.accounts = accounts;
    }

    @Test
    void handedOutPasswordShouldKeepItsOwnerOnTheSecurityPageUntilReplaced() throws Exception {
        TestStaff.Account editor = this.staff.editorWithProvisionalPassword();
        MockHttpSession session = TestStaff.logIn(this.mvc, editor);
        MockHttpSession webmaster = this.staff.webmasterSession(this.mvc);

        MockHttpServletResponse home = perform(get("/backoffice"), session);
        MockHttpServletResponse pages = perform(get("/backoffice/pages"), session);
        MockHttpServletResponse publish = perform(post("/backoffice/pages/publier").param("chemin", "/x").with(csrf()),
                session);
        String security = page(get(SECURITY), session);
        String listBefore = page(get("/backoffice/personnel"), webmaster);

        assertThat(List.of(home.getRedirectedUrl(), pages.getRedirectedUrl(), publish.getRedirectedUrl()))
            .containsOnly(SECURITY);
        assertThat(Html.text(security)).contains("Votre mot de passe vous a été communiqué",
                "choisissez un mot de passe que vous êtes seul à connaître");
        assertThat(security).contains("<a href=\"#password-title\">Choisir mon mot de passe</a>");
        assertThat(Html.text(listBefore)).contains("actif, mot de passe provisoire pas encore remplacé");

        MockHttpServletResponse changed = perform(
                post(SECURITY + "/mot-de-passe").param("currentPassword", editor.password())
                    .param("newPassword", OWN_PASSWORD)
                    .param("confirmation", OWN_PASSWORD)
                    .with(csrf()),
                session);

        assertThat(changed.getRedirectedUrl()).isEqualTo(SECURITY);
        assertThat(perform(get("/backoffice/pages"), session).getStatus()).as("the back office opens").isEqualTo(200);
        assertThat(Html.text(page(get(SECURITY), session))).doesNotContain("Votre mot de passe vous a été communiqué");
        assertThat(this.accounts.find(editor.username())).get()
            .extracting(StaffAccount::provisionalPassword)
            .isEqualTo(false);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = perform(request, session);
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

}
