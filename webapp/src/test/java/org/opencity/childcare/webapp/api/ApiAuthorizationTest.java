package org.opencity.childcare.webapp.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may call what in the API, with the exact status each caller gets: a visitor without
 * credentials, member A (by token) on their own resources, member B (by token) on A's, a
 * read-only token, a webmaster and an editor (by their back-office session), for every
 * endpoint, the webmasters' inbox and members' suspension included. Someone else's ad,
 * conversation or saved search answers 404, as one that does not exist. Writes that
 * succeed are last, each on resources of its own.
 */
@ApplicationTest
class ApiAuthorizationTest {

    private static final String V1 = ApiPaths.V1;

    private final ApiFixtures fixtures;

    private final ConversationService conversations;

    private final SavedSearchService searches;

    @Autowired
    ApiAuthorizationTest(MockMvc mvc, ApplicationContext context, ConversationService conversations,
            SavedSearchService searches) {
        this.fixtures = new ApiFixtures(mvc, context);
        this.conversations = conversations;
        this.searches = searches;
    }

    /** Who calls. */
    enum Caller {

        ANONYMOUS, OWNER, OTHER, READ_ONLY, WEBMASTER, EDITOR

    }

    /**
     * One line of the matrix: a request and the status of each caller, in the order of
     * {@link Caller}.
     */
    record Line(String method, String path, @Nullable String body, int... statuses) {

    }

    @Test
    void everyEndpointShouldAnswerEveryCallerAsIntended() throws Exception {
        Member a = this.fixtures.family("matrice-a");
        Member b = this.fixtures.family("matrice-b");
        Member c = this.fixtures.family("matrice-c");
        Member d = this.fixtures.family("matrice-d");
        String suspension = V1 + "/members/" + d.id() + "/suspension";
        Ad ad = this.fixtures.ad(a, Ads.sharedCare());
        Ad bAd = this.fixtures.ad(b, Ads.familySeekingFamily());
        String conversation = this.conversations.contact(c.id(), ad.id(), "Bonjour, notre fille a deux ans.").id();
        String search = this.searches.save(a.id(), "garde=SHARED", "Partagée", "DAILY", java.util.Locale.FRENCH).id();
        String applicant = Applicants.uniqueEmail("matrice-candidat");
        this.fixtures.journeys().registerFamily(applicant);
        String task = this.fixtures.journeys().openTasksOf(applicant).get(0).task().id();

        Map<Caller, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder>> as = callers(a, b);
        String adJson = ApiFixtures.sharedCareJson("Garde partagée quartier centre",
                LocalDate.now().plusWeeks(1).toString(), YearMonth.now().minusMonths(14).toString());
        String message = "{\"message\": \"Bonjour, nous sommes voisins.\"}";
        String empty = "{}";

        // ANONYMOUS, OWNER (A), OTHER (B), READ_ONLY (A's read-only token), WEBMASTER,
        // EDITOR
        List<Line> reads = List.of(new Line("GET", "/.rest/delivery/ads", null, 401, 200, 200, 200, 403, 403),
                new Line("GET", "/.rest/delivery/ads/" + ad.id(), null, 401, 200, 200, 200, 403, 403),
                new Line("GET", V1 + "/me", null, 401, 200, 200, 200, 403, 403),
                new Line("GET", V1 + "/ads", null, 401, 200, 200, 200, 403, 403),
                new Line("GET", V1 + "/ads/" + ad.id(), null, 401, 200, 404, 200, 403, 403),
                new Line("GET", V1 + "/conversations", null, 401, 200, 200, 200, 403, 403),
                new Line("GET", V1 + "/conversations/" + conversation, null, 401, 200, 404, 200, 403, 403),
                new Line("GET", V1 + "/saved-searches", null, 401, 200, 200, 200, 403, 403),
                new Line("GET", V1 + "/tasks", null, 401, 403, 403, 403, 200, 403),
                new Line("GET", "/.rest/openapi.json", null, 200, 200, 200, 200, 200, 200));
        // Writes refused to all but one caller, or answered 4xx by the handler: the
        // resource is left as it was.
        List<Line> checks = List.of(new Line("POST", V1 + "/ads", "{\"title\": 1}", 401, 400, 400, 403, 403, 403),
                new Line("PUT", V1 + "/ads/" + ad.id(), empty, 401, 422, 404, 403, 403, 403),
                new Line("POST", V1 + "/ads/" + ad.id() + "/close", empty, 401, 422, 404, 403, 403, 403),
                new Line("POST", V1 + "/ads/" + ad.id() + "/withdraw", null, 401, 0, 404, 403, 403, 403),
                new Line("POST", V1 + "/ads/" + ad.id() + "/conversations", empty, 401, 403, 422, 403, 403, 403),
                new Line("POST", V1 + "/conversations/" + conversation + "/messages", empty, 401, 422, 404, 403, 403,
                        403),
                new Line("DELETE", V1 + "/saved-searches/" + search, null, 401, 0, 404, 403, 403, 403),
                new Line("POST", V1 + "/tasks/" + task + "/claim", null, 401, 403, 403, 403, 0, 403),
                new Line("POST", V1 + "/tasks/" + task + "/decision", "{\"outcome\": \"MAYBE\"}", 401, 403, 403, 403,
                        422, 403),
                new Line("POST", suspension, empty, 401, 403, 403, 403, 422, 403),
                new Line("DELETE", suspension, null, 401, 403, 403, 403, 409, 403));
        // Writes that succeed, once, for the caller allowed.
        List<Line> successes = List.of(new Line("POST", V1 + "/ads", adJson, 0, 201, 0, 0, 0, 0),
                new Line("PUT", V1 + "/ads/" + ad.id(), adJson, 0, 200, 0, 0, 0, 0),
                new Line("POST", V1 + "/ads/" + ad.id() + "/renew", null, 0, 200, 0, 0, 0, 0),
                new Line("POST", V1 + "/ads/" + ad.id() + "/conversations", message, 0, 0, 201, 0, 0, 0),
                new Line("POST", V1 + "/ads/" + bAd.id() + "/conversations", message, 0, 201, 0, 0, 0, 0),
                new Line("POST", V1 + "/conversations/" + conversation + "/messages", message, 0, 201, 0, 0, 0, 0),
                new Line("POST", V1 + "/saved-searches", "{\"query\": \"quartier=centre\"}", 0, 201, 0, 0, 0, 0),
                new Line("POST", V1 + "/tasks/" + task + "/claim", null, 0, 0, 0, 0, 200, 0),
                new Line("DELETE", V1 + "/saved-searches/" + search, null, 0, 204, 0, 0, 0, 0),
                new Line("POST", V1 + "/ads/" + ad.id() + "/close", "{\"foundCare\": true}", 0, 200, 0, 0, 0, 0),
                new Line("POST", V1 + "/ads/" + ad.id() + "/withdraw", null, 0, 409, 0, 0, 0, 0),
                new Line("POST", V1 + "/tasks/" + task + "/decision",
                        "{\"outcome\": \"REJECT\", \"reason\": \"Justificatif illisible.\"}", 0, 0, 0, 0, 200, 0),
                new Line("POST", V1 + "/tasks/" + task + "/decision", "{\"outcome\": \"APPROVE\"}", 0, 0, 0, 0, 409, 0),
                new Line("POST", suspension, "{\"reason\": \"Propos insultants.\"}", 0, 0, 0, 0, 200, 0),
                new Line("POST", suspension, "{\"reason\": \"Propos insultants.\"}", 0, 0, 0, 0, 409, 0),
                new Line("DELETE", suspension, null, 0, 0, 0, 0, 200, 0));

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (List<Line> lines : List.of(reads, checks, successes)) {
            for (Line line : lines) {
                for (Caller caller : Caller.values()) {
                    int expected = line.statuses()[caller.ordinal()];
                    if (expected == 0) {
                        continue;
                    }
                    MockHttpServletResponse response = send(line, as.get(caller));
                    checked++;
                    if (response.getStatus() != expected) {
                        mismatches.add(String.format("%-6s %-90s %-10s expected %d got %d %s", line.method(),
                                line.path(), caller, expected, response.getStatus(), response.getContentAsString()));
                    }
                    else if (expected >= 400) {
                        assertThat(response.getContentType()).as(line + " " + caller)
                            .startsWith("application/problem+json");
                    }
                }
            }
        }
        System.out.printf("api-authorization checks=%d mismatches=%d%n", checked, mismatches.size());
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    }

    private Map<Caller, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder>> callers(Member a,
            Member b) throws Exception {
        String aToken = this.fixtures.token(a, "READ_WRITE");
        String bToken = this.fixtures.token(b, "READ_WRITE");
        String aReadOnly = this.fixtures.token(a, "READ");
        MockHttpSession webmaster = this.fixtures.webmaster();
        MockHttpSession editor = this.fixtures.editor();
        return Map.of(Caller.ANONYMOUS, from(Caller.ANONYMOUS), Caller.OWNER, bearer(aToken, Caller.OWNER),
                Caller.OTHER, bearer(bToken, Caller.OTHER), Caller.READ_ONLY, bearer(aReadOnly, Caller.READ_ONLY),
                Caller.WEBMASTER, (r) -> from(Caller.WEBMASTER).apply(r.session(webmaster).with(csrf().asHeader())),
                Caller.EDITOR, (r) -> from(Caller.EDITOR).apply(r.session(editor).with(csrf().asHeader())));
    }

    private static Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> bearer(String token,
            Caller caller) {
        return (request) -> from(caller).apply(request.header("Authorization", "Bearer " + token));
    }

    /**
     * Each caller from an address of its own, as separate clients would be: the writes of
     * the whole matrix are more than one address may send in a minute.
     */
    private static Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> from(Caller caller) {
        return (request) -> request.with((r) -> {
            r.setRemoteAddr("10.6." + caller.ordinal() + ".1");
            return r;
        });
    }

    private MockHttpServletResponse send(Line line,
            Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> caller) throws Exception {
        HttpMethod method = HttpMethod.valueOf(line.method());
        MockHttpServletRequestBuilder request = (line.body() != null)
                ? this.fixtures.json(method, line.path(), null, line.body())
                : this.fixtures.request(method, line.path(), null);
        return this.fixtures.perform(caller.apply(request));
    }

}
