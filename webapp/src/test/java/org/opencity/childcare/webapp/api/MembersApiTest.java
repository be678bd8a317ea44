package org.opencity.childcare.webapp.api;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestMailServer;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A webmaster suspends and reactivates a member through the API, with the rules, mails
 * and history of the back office; the suspended member's personal token is refused
 * meanwhile, and their ad is out of the delivery endpoint, then both work again.
 */
@ApplicationTest
class MembersApiTest {

    private static final String REASON = "Demandes répétées de paiement avant toute rencontre.";

    private final ApiFixtures fixtures;

    private TestStaff.Account webmasterAccount;

    private MockHttpSession webmaster;

    private Member member;

    @Autowired
    MembersApiTest(MockMvc mvc, ApplicationContext context) {
        this.fixtures = new ApiFixtures(mvc, context);
    }

    @BeforeEach
    void aMemberAndAWebmaster() throws Exception {
        this.member = this.fixtures.family("api-suspendue");
        this.webmasterAccount = this.fixtures.webmasterAccount();
        this.webmaster = this.fixtures.session(this.webmasterAccount);
    }

    @Test
    void suspendThenReactivateShouldAnswerTheMemberAndMailThem() throws Exception {
        this.fixtures.ad(this.member, Ads.sharedCare());

        MockHttpServletResponse suspended = suspend("{\"reason\": \"  " + REASON + "  \"}");

        assertThat(suspended.getStatus()).as(suspended.getContentAsString()).isEqualTo(200);
        JsonNode body = ApiFixtures.body(suspended);
        assertThat(body.path("memberId").asString()).isEqualTo(this.member.id());
        assertThat(body.path("identifier").asString()).isEqualTo(this.member.identifier());
        assertThat(body.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(body.path("reason").asString()).isEqualTo(REASON);
        assertThat(body.path("changedBy").asString()).isEqualTo(this.webmasterAccount.signature());
        assertThat(body.path("listedAds").asInt()).isEqualTo(1);
        assertThat(status()).isEqualTo(MemberStatus.SUSPENDED);
        MimeMessage mail = TestMailServer.lastTo(this.member.profile().email());
        assertThat(mail.getSubject()).contains("votre compte est suspendu");
        assertThat(TestMailServer.body(mail)).contains(REASON);

        MockHttpServletResponse reactivated = reactivate(this.member.id());

        assertThat(reactivated.getStatus()).isEqualTo(200);
        JsonNode back = ApiFixtures.body(reactivated);
        assertThat(back.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(back.path("reason").isNull() || back.path("reason").isMissingNode()).isTrue();
        assertThat(status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(TestMailServer.lastTo(this.member.profile().email()).getSubject())
            .contains("votre compte est rétabli");
    }

    @Test
    void aChangeTheStatusDoesNotAllowShouldBeA409() throws Exception {
        JsonNode notSuspended = ApiFixtures.assertProblem(reactivate(this.member.id()), 409, "conflict");
        assertThat(notSuspended.path("detail").asString()).contains("seul un membre suspendu peut être rétabli");
        assertThat(suspend("{\"reason\": \"" + REASON + "\"}").getStatus()).isEqualTo(200);
        int mails = TestMailServer.to(this.member.profile().email()).size();

        ApiFixtures.assertProblem(suspend("{\"reason\": \"Une seconde fois.\"}"), 409, "conflict");

        assertThat(TestMailServer.to(this.member.profile().email())).hasSize(mails);
    }

    @Test
    void aMissingOrTooLongReasonShouldBeA422AndChangeNothing() throws Exception {
        for (String body : new String[] { "{}", "{\"reason\": \"   \"}", "{\"reason\": null}" }) {
            JsonNode problem = ApiFixtures.assertProblem(suspend(body), 422, "validation");
            assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("reason");
            assertThat(problem.path("errors").path(0).path("message").asString())
                .isEqualTo("Indiquez le motif de la suspension : il est envoyé au membre.");
        }
        JsonNode tooLong = ApiFixtures.assertProblem(suspend("{\"reason\": \"" + "x".repeat(1001) + "\"}"), 422,
                "validation");
        assertThat(tooLong.path("errors").path(0).path("message").asString()).contains("trop long");
        ApiFixtures.assertProblem(suspend("{\"motif\": \"" + REASON + "\"}"), 400, "malformed-request");
        ApiFixtures.assertProblem(suspend("{\"reason\": "), 400, "malformed-request");

        assertThat(status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void anUnknownMemberShouldBeA404() throws Exception {
        String unknown = UUID.randomUUID().toString();

        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures
            .json(HttpMethod.POST, ApiPaths.V1 + "/members/" + unknown + "/suspension", null,
                    "{\"reason\": \"" + REASON + "\"}")
            .session(this.webmaster)
            .with(csrf().asHeader())), 404, "not-found");
        ApiFixtures.assertProblem(reactivate(unknown), 404, "not-found");
        ApiFixtures.assertProblem(reactivate("pas-un-membre"), 404, "not-found");
    }

    @Test
    void theTokenOfASuspendedMemberShouldBeRefusedAndTheirAdHiddenUntilReactivation() throws Exception {
        String token = this.fixtures.token(this.member, "READ_WRITE");
        Member neighbour = this.fixtures.family("api-voisine");
        String neighbourToken = this.fixtures.token(neighbour, "READ");
        Ad ad = this.fixtures.ad(this.member, Ads.sharedCare());
        assertThat(get("/me", token).getStatus()).as("before").isEqualTo(200);
        assertThat(get("/.rest/delivery/ads/" + ad.id(), neighbourToken).getStatus()).as("before").isEqualTo(200);

        suspend("{\"reason\": \"" + REASON + "\"}");

        JsonNode refused = ApiFixtures.assertProblem(get("/me", token), 403, "account-inactive");
        assertThat(refused.path("title").asString()).isEqualTo("Compte inactif");
        ApiFixtures.assertProblem(get("/ads", token), 403, "account-inactive");
        ApiFixtures.assertProblem(get("/.rest/delivery/ads/" + ad.id(), neighbourToken), 404, "not-found");

        reactivate(this.member.id());

        assertThat(get("/me", token).getStatus()).as("after").isEqualTo(200);
        assertThat(get("/.rest/delivery/ads/" + ad.id(), neighbourToken).getStatus()).as("after").isEqualTo(200);
    }

    private MockHttpServletResponse suspend(String body) throws Exception {
        return this.fixtures.perform(this.fixtures
            .json(HttpMethod.POST, ApiPaths.V1 + "/members/" + this.member.id() + "/suspension", null, body)
            .session(this.webmaster)
            .with(csrf().asHeader()));
    }

    private MockHttpServletResponse reactivate(String memberId) throws Exception {
        return this.fixtures.perform(
                this.fixtures.request(HttpMethod.DELETE, ApiPaths.V1 + "/members/" + memberId + "/suspension", null)
                    .session(this.webmaster)
                    .with(csrf().asHeader()));
    }

    /** A read with a token: {@code path} under the action API, or a full path. */
    private MockHttpServletResponse get(String path, String token) throws Exception {
        String full = path.startsWith(ApiPaths.REST) ? path : ApiPaths.V1 + path;
        return this.fixtures.perform(this.fixtures.request(HttpMethod.GET, full, token));
    }

    private MemberStatus status() {
        return this.fixtures.journeys().member(this.member.profile().email()).orElseThrow().status();
    }

}
