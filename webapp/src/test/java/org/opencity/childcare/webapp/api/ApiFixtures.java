package org.opencity.childcare.webapp.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members, tokens, staff sessions and JSON requests for the API tests. Each fixture sends
 * its requests from a client address of its own, so that the per-address rate limit of
 * one test class never answers another's requests.
 */
final class ApiFixtures {

    private static final AtomicInteger addresses = new AtomicInteger(10);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    private final Journeys journeys;

    private final ApiTokens tokens;

    private final AdService ads;

    private final String address;

    private final TestStaff staff;

    ApiFixtures(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.journeys = new Journeys(mvc, context);
        this.tokens = context.getBean(ApiTokens.class);
        this.ads = context.getBean(AdService.class);
        this.address = "10.5.0." + addresses.incrementAndGet();
    }

    Journeys journeys() {
        return this.journeys;
    }

    /** A new active family member. */
    Member family(String who) throws Exception {
        return this.journeys.activeFamily(Applicants.uniqueEmail(who), Applicants.GOOD_PASSWORD);
    }

    /** A member's browser session on the site. */
    MockHttpSession session(Member member) throws Exception {
        return this.journeys.logIn(member.identifier(), Applicants.GOOD_PASSWORD);
    }

    /** A new webmaster's back-office session. */
    MockHttpSession webmaster() throws Exception {
        return this.staff.webmasterSession(this.mvc);
    }

    /** A new webmaster account, for tests that check how its decisions are signed. */
    TestStaff.Account webmasterAccount() {
        return this.staff.webmaster();
    }

    /** A back-office session of the given account. */
    MockHttpSession session(TestStaff.Account account) throws Exception {
        return TestStaff.logIn(this.mvc, account);
    }

    /** A new editor's back-office session. */
    MockHttpSession editor() throws Exception {
        return this.staff.editorSession(this.mvc);
    }

    /** A new token of the member, as its secret. */
    String token(Member member, String scope) {
        return this.tokens.create(member.id(), "tests " + scope, scope, null).secret();
    }

    /** A published ad of the member. */
    Ad ad(Member member, AdForm form) {
        return this.ads.post(member.id(), form);
    }

    /** A request from this fixture's address, with the bearer token if any. */
    MockHttpServletRequestBuilder request(HttpMethod method, String path, @Nullable String token) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path)).with((r) -> {
            r.setRemoteAddr(this.address);
            return r;
        });
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** A request with a JSON body. */
    MockHttpServletRequestBuilder json(HttpMethod method, String path, @Nullable String token, String body) {
        return request(method, path, token).contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode body(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Asserts the answer is a problem of this kind, with its French title and status. */
    static JsonNode assertProblem(MockHttpServletResponse response, int status, String slug) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isEqualTo("http://localhost:8080/.rest/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /**
     * The JSON of an ad, as a client posts it:
     * {@link org.opencity.childcare.webapp.support.Ads#sharedCare()}.
     */
    static String sharedCareJson(String title, String startDate, String birthMonth) {
        return """
                {"configuration": "FAMILY_WITH_NANNY_SEEKS_FAMILY", "careType": "SHARED",
                 "title": "%s",
                 "text": "Nous cherchons une famille pour partager notre nounou, lundi et mardi après-midi.",
                 "neighbourhood": "centre", "children": ["%s"],
                 "slots": ["MONDAY:AFTERNOON", "TUESDAY:AFTERNOON"], "startDate": "%s",
                 "hosting": "ALTERNATING", "hourlyRate": 11.5, "languages": ["fr", "en"],
                 "showPhone": false, "showEmail": true}
                """.formatted(title, birthMonth, startDate);
    }

}
