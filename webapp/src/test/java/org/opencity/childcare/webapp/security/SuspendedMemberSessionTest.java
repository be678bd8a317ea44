package org.opencity.childcare.webapp.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member logged in through the real login form, then suspended by a webmaster in the
 * back office: the same browser session stops working at its next request, whatever the
 * page (not only those that read the member), ending on the login page that says the
 * account is suspended; the session is over, and logging in again is refused with the
 * same message. A write sent with the old session stores nothing.
 */
@ApplicationTest
class SuspendedMemberSessionTest {

    private static final String SUSPENDED = "Votre compte est suspendu. "
            + "Contactez le service de la ville pour en savoir plus.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final TestStaff staff;

    private final AdService ads;

    private Member member;

    @Autowired
    SuspendedMemberSessionTest(MockMvc mvc, ApplicationContext context, AdService ads) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.staff = new TestStaff(context);
        this.ads = ads;
    }

    @BeforeEach
    void anActiveMember() throws Exception {
        this.member = this.journeys.activeFamily(Applicants.uniqueEmail("suspendue"), Applicants.GOOD_PASSWORD);
    }

    @Test
    void theSessionShouldEndAtTheNextPageOnTheLoginPageSayingTheAccountIsSuspended() throws Exception {
        MockHttpSession session = logIn();
        assertThat(send(get(SitePaths.CONVERSATIONS), session).getStatus()).as("before").isEqualTo(200);

        suspend();

        MockHttpServletResponse next = send(get(SitePaths.CONVERSATIONS), session);
        assertThat(next.getStatus()).isEqualTo(302);
        assertThat(next.getRedirectedUrl()).isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SUSPENDED);
        MockHttpServletResponse login = send(get(next.getRedirectedUrl()), session);
        assertThat(login.getStatus()).isEqualTo(200);
        assertThat(Html.text(login.getContentAsString(StandardCharsets.UTF_8))).contains(SUSPENDED);
        assertThat(session.isInvalid()).as("session ended").isTrue();

        MockHttpServletResponse again = send(get(SitePaths.ACCOUNT), new MockHttpSession());
        assertThat(again.getRedirectedUrl()).as("a page for members, anonymous now").endsWith(SitePaths.LOGIN);
        MvcResult relogin = this.mvc
            .perform(post(SitePaths.LOGIN).param("login", this.member.identifier())
                .param("password", Applicants.GOOD_PASSWORD)
                .with(csrf()))
            .andReturn();
        assertThat(relogin.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
        MockHttpServletResponse refused = send(get(SitePaths.LOGIN),
                (MockHttpSession) relogin.getRequest().getSession(false));
        assertThat(Html.text(refused.getContentAsString(StandardCharsets.UTF_8))).contains(SUSPENDED);
    }

    @Test
    void everyPageOfTheSiteShouldEndTheSessionOfASuspendedMember() throws Exception {
        Map<String, MockHttpSession> pages = new LinkedHashMap<>();
        for (String page : List.of(SitePaths.ACCOUNT, SitePaths.MY_ADS, SitePaths.CONVERSATIONS,
                SitePaths.SAVED_SEARCHES, SitePaths.API_TOKENS, SitePaths.ADS, SitePaths.NEW_AD, SitePaths.SECTION,
                SitePaths.PRIVACY)) {
            pages.put(page, logIn());
        }

        suspend();

        pages.forEach((page, session) -> {
            MockHttpServletResponse response = send(get(page), session);
            assertThat(response.getRedirectedUrl()).as(page).isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SUSPENDED);
            assertThat(session.isInvalid()).as(page + ": session ended").isTrue();
        });
    }

    @Test
    void aWriteSentWithTheOldSessionShouldStoreNothing() throws Exception {
        MockHttpSession session = logIn();

        suspend();

        MockHttpServletResponse posted = send(post(SitePaths.NEW_AD).params(Ads.fields(Ads.sharedCare())).with(csrf()),
                session);
        assertThat(posted.getRedirectedUrl()).isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SUSPENDED);
        assertThat(this.ads.listOwn(this.member.id())).isEmpty();
    }

    @Test
    void theApiCalledWithTheOldSessionShouldAnswerAProblemAndEndTheSession() throws Exception {
        MockHttpSession session = logIn();
        assertThat(send(get("/.rest/childcare/v1/me"), session).getStatus()).as("before").isEqualTo(200);

        suspend();

        MockHttpServletResponse refused = send(get("/.rest/childcare/v1/me"), session);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
            .contains("http://localhost:8080/.rest/problems/account-inactive");
        assertThat(session.isInvalid()).as("session ended").isTrue();
    }

    private MockHttpSession logIn() throws Exception {
        return this.journeys.logIn(this.member.identifier(), Applicants.GOOD_PASSWORD);
    }

    /** A webmaster suspends the member through the back office. */
    private void suspend() throws Exception {
        MockHttpSession webmaster = this.staff.webmasterSession(this.mvc);
        MockHttpServletResponse suspended = send(post("/backoffice/membres/" + this.member.id() + "/suspendre")
            .param("reason", "Comportement contraire aux conditions d’utilisation.")
            .with(csrf()), webmaster);
        assertThat(suspended.getRedirectedUrl()).isEqualTo("/backoffice/membres/" + this.member.id());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session) {
        try {
            return this.mvc.perform(request.session(session)).andReturn().getResponse();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
