package org.opencity.childcare.webapp.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a client gets for a request the API cannot take: a problem document that says why,
 * with the field concerned, never a 500 and never a half-bound object: malformed JSON,
 * wrong types, unknown fields, a 20 MB body, the wrong content type, invalid values (in
 * the words the pages use), and a session write without its CSRF token.
 */
@ApplicationTest
class ApiBadInputTest {

    private static final String ADS = ApiPaths.V1 + "/ads";

    private final ApiFixtures fixtures;

    private final AdService ads;

    private Member member;

    private String token;

    @Autowired
    ApiBadInputTest(MockMvc mvc, ApplicationContext context, AdService ads) {
        this.fixtures = new ApiFixtures(mvc, context);
        this.ads = ads;
    }

    @BeforeEach
    void aMemberWithAToken() throws Exception {
        this.member = this.fixtures.family("entrees");
        this.token = this.fixtures.token(this.member, "READ_WRITE");
    }

    @Test
    void malformedJsonShouldBeA400() throws Exception {
        for (String body : new String[] { "{", "{\"title\": }", "[1, 2", "not json", "{} {}", "null" }) {
            JsonNode problem = ApiFixtures.assertProblem(post(body), 400, "malformed-request");
            assertThat(problem.path("title").asString()).isEqualTo("Requête mal formée");
        }
        assertThat(this.ads.listOwn(this.member.id())).isEmpty();
    }

    @Test
    void wrongTypesShouldBeA400NamingTheField() throws Exception {
        JsonNode number = ApiFixtures.assertProblem(post(valid().replace("\"SHARED\"", "42")), 400,
                "malformed-request");
        assertThat(number.path("errors").path(0).path("field").asString()).isEqualTo("careType");
        JsonNode list = ApiFixtures.assertProblem(
                post(valid().replace("\"languages\": [\"fr\", \"en\"]", "\"languages\": \"fr\"")), 400,
                "malformed-request");
        assertThat(list.path("errors").path(0).path("field").asString()).isEqualTo("languages");
        JsonNode flag = ApiFixtures.assertProblem(
                post(valid().replace("\"showEmail\": true", "\"showEmail\": \"yes\"")), 400, "malformed-request");
        assertThat(flag.path("errors").path(0).path("field").asString()).isEqualTo("showEmail");
        assertThat(this.ads.listOwn(this.member.id())).isEmpty();
    }

    @Test
    void unknownFieldsShouldBeRefusedNeverBound() throws Exception {
        String withStatus = valid().replace("{\"configuration\"", "{\"status\": \"PUBLISHED\", \"configuration\"");
        JsonNode problem = ApiFixtures.assertProblem(post(withStatus), 400, "malformed-request");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("status");
        assertThat(problem.path("errors").path(0).path("message").asString()).isEqualTo("Champ inconnu : retirez-le.");
        String withOwner = valid().replace("{\"configuration\"", "{\"ownerId\": \"someone-else\", \"configuration\"");
        ApiFixtures.assertProblem(post(withOwner), 400, "malformed-request");
        assertThat(this.ads.listOwn(this.member.id())).isEmpty();

        assertThat(post(valid()).getStatus()).as("the same ad without them").isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitShouldBeA413() throws Exception {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';

        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.POST, ADS, this.token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(huge)), 413, "payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonShouldBeA415() throws Exception {
        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.POST, ADS, this.token)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .content("title=Bonjour")), 415, "unsupported-media-type");
        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.POST, ADS, this.token)
            .contentType(MediaType.TEXT_PLAIN)
            .content(valid())), 415, "unsupported-media-type");
        ApiFixtures.assertProblem(
                this.fixtures.perform(this.fixtures.request(HttpMethod.POST, ADS, this.token).content(valid())), 415,
                "unsupported-media-type");
        assertThat(this.fixtures
            .perform(this.fixtures.request(HttpMethod.POST, ADS, this.token)
                .contentType("application/json;charset=UTF-8")
                .content(valid()))
            .getStatus()).isEqualTo(201);
    }

    @Test
    void invalidValuesShouldBeA422WithTheMessagesOfThePages() throws Exception {
        String invalid = valid().replace("\"title\": \"" + title() + "\"", "\"title\": \"Oh\"")
            .replace("\"neighbourhood\": \"centre\"", "\"neighbourhood\": \"atlantide\"");

        JsonNode problem = ApiFixtures.assertProblem(post(invalid), 422, "validation");

        assertThat(problem.path("title").asString()).isEqualTo("Données invalides");
        assertThat(problem.path("errors").findValuesAsString("field")).contains("title", "neighbourhood");
        assertThat(problem.path("errors").toString()).contains("Le titre doit compter de 5 à 80 caractères");
        JsonNode tooMany = ApiFixtures.assertProblem(post(valid().replace("\"children\": [",
                "\"children\": [\"2020-01\", \"2020-02\", \"2020-03\", \"2020-04\", ")), 422, "validation");
        assertThat(tooMany.path("errors").path(0).path("field").asString()).isEqualTo("children");
        assertThat(this.ads.listOwn(this.member.id())).isEmpty();
    }

    @Test
    void aSessionWriteShouldNeedTheCsrfTokenInItsHeader() throws Exception {
        MockHttpSession session = this.fixtures.session(this.member);

        ApiFixtures.assertProblem(
                this.fixtures.perform(this.fixtures.json(HttpMethod.POST, ADS, null, valid()).session(session)), 403,
                "csrf");
        assertThat(this.fixtures
            .perform(this.fixtures.json(HttpMethod.POST, ADS, null, valid()).session(session).with(csrf().asHeader()))
            .getStatus()).isEqualTo(201);
    }

    @Test
    void unknownAddressesAndMethodsShouldBeA404Problem() throws Exception {
        ApiFixtures.assertProblem(
                this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ApiPaths.V1 + "/nothing", this.token)), 404,
                "not-found");
        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.DELETE, ADS, this.token)), 404,
                "not-found");
        ApiFixtures.assertProblem(
                this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ADS + "/" + UUID.randomUUID(), this.token)),
                404, "not-found");
    }

    @Test
    void aClientThatAcceptsNoJsonShouldGetA406Problem() throws Exception {
        ApiFixtures.assertProblem(
                this.fixtures
                    .perform(this.fixtures.request(HttpMethod.GET, ADS, this.token).accept(MediaType.TEXT_HTML)),
                406, "not-acceptable");
    }

    private MockHttpServletResponse post(String body) throws Exception {
        return this.fixtures.perform(this.fixtures.json(HttpMethod.POST, ADS, this.token, body));
    }

    private static String title() {
        return "Garde partagée rue des Lilas";
    }

    private static String valid() {
        return ApiFixtures.sharedCareJson(title(), LocalDate.now().plusWeeks(1).toString(),
                YearMonth.now().minusMonths(14).toString());
    }

}
