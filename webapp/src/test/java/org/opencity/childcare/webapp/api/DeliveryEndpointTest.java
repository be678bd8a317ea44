package org.opencity.childcare.webapp.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery endpoint {@code /.rest/delivery/ads}, declared by the module's
 * {@code restEndpoints/delivery/ads.yaml}: nodes and query results in the shape of the
 * stored examples of Magnolia's delivery format, filters and paging, and only what other
 * members may see: listed ads, the children's ages, the contact details their owner chose
 * to show.
 */
@ApplicationTest
class DeliveryEndpointTest {

    private static final String ADS = ApiPaths.DELIVERY + "/ads";

    private final ApiFixtures fixtures;

    private final AdService adService;

    private final JcrTemplate jcr;

    private Member owner;

    private Member reader;

    private String readerToken;

    private String word;

    @Autowired
    DeliveryEndpointTest(MockMvc mvc, ApplicationContext context, AdService adService, JcrTemplate jcr) {
        this.fixtures = new ApiFixtures(mvc, context);
        this.adService = adService;
        this.jcr = jcr;
    }

    @BeforeEach
    void membersAndAWord() throws Exception {
        this.owner = this.fixtures.family("livraison-a");
        this.reader = this.fixtures.family("livraison-b");
        this.readerToken = this.fixtures.token(this.reader, "READ");
        this.word = "mot" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aListedAdShouldHaveTheShapeOfTheStoredNodeExample() throws Exception {
        AdForm form = titled(Ads.sharedCare());
        form.setShowEmail(true);
        form.setShowPhone(false);
        Ad ad = this.fixtures.ad(this.owner, form);

        MockHttpServletResponse response = get(ADS + "/" + ad.id());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode node = ApiFixtures.body(response);
        assertSameShape(node, example("delivery-ad-node.json"));
        assertThat(node.path("@id").asString()).isEqualTo(ad.id());
        assertThat(node.path("@nodeType").asString()).isEqualTo("childcare:ad");
        assertThat(node.path("@path").asString()).startsWith("/ads/").endsWith("/" + node.path("@name").asString());
        assertThat(node.path("careType").asString()).isEqualTo("SHARED");
        assertThat(node.path("hourlyRate").isString()).as("values are strings").isTrue();
        assertThat(node.path("hourlyRate").asString()).isEqualTo("11.50");
        assertThat(node.path("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(node.path("childAges").toString()).isEqualTo("[\"1\"]");
        assertThat(node.path("ownerFirstName").asString()).isEqualTo(this.owner.profile().firstName());
        assertThat(node.path("ownerEmail").asString()).as("shown by choice").isEqualTo(this.owner.profile().email());
        assertThat(node.has("ownerPhone")).as("not shown by choice").isFalse();
        MockHttpServletResponse byPath = get("/.rest/delivery" + node.path("@path").asString());
        assertThat(byPath.getStatus()).as("read by its path, as Magnolia reads nodes").isEqualTo(200);
        assertThat(ApiFixtures.body(byPath)).isEqualTo(node);
        assertThat(response.getContentAsString()).as("nothing internal")
            .doesNotContain(this.owner.id(), "searchText", "PUBLISHED", "reminderSentAt", "showPhone",
                    this.owner.profile().lastName());
    }

    @Test
    void aQueryShouldAnswerResultsInTheShapeOfTheStoredQueryExampleFilteredAndPaged() throws Exception {
        Ad shared = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        Ad second = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        AdForm elsewhere = titled(Ads.familySeekingFamily());
        elsewhere.setNeighbourhood("gare");
        Ad other = this.fixtures.ad(this.owner, elsewhere);

        JsonNode all = eventually(ADS + "?q=" + this.word, 3);
        assertSameShape(all, example("delivery-ads-query.json"));
        assertThat(ids(all)).as("newest publication first").containsExactly(other.id(), second.id(), shared.id());

        assertThat(ids(query(ADS + "?q=" + this.word + "&careType=SHARED&neighbourhood=centre")))
            .containsExactly(second.id(), shared.id());
        assertThat(ids(query(ADS + "?q=" + this.word + "&limit=1&offset=1"))).containsExactly(second.id());
        assertThat(ids(query(ADS + "?q=" + this.word + "&orderBy=publishedAt%20asc&limit=2")))
            .containsExactly(shared.id(), second.id());
        assertThat(ids(query(ADS + "?q=" + this.word + "&configuration=FAMILY_SEEKS_FAMILY")))
            .containsExactly(other.id());
    }

    @Test
    void withdrawnRemovedAndExpiredAdsShouldNeverBeDelivered() throws Exception {
        Ad withdrawn = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        Ad removed = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        Ad expired = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        Ad listed = this.fixtures.ad(this.owner, titled(Ads.sharedCare()));
        eventually(ADS + "?q=" + this.word, 4);

        this.adService.withdraw(this.owner.id(), withdrawn.id());
        this.adService.remove(removed.id(), "Webmestre (webmaster)", "Annonce en double.");
        this.jcr.write((session) -> {
            JcrProperties.set(session.getNodeByIdentifier(expired.id()), "expiresAt", Instant.now().minusSeconds(1));
            return expired.id();
        });

        assertThat(ids(query(ADS + "?q=" + this.word))).containsExactly(listed.id());
        for (Ad gone : List.of(withdrawn, removed, expired)) {
            ApiFixtures.assertProblem(get(ADS + "/" + gone.id()), 404, "not-found");
        }
        ApiFixtures.assertProblem(get(ADS + "/2026/12/" + withdrawn.id()), 404, "not-found");
    }

    @Test
    void badParametersShouldBeAProblemNamingThem() throws Exception {
        JsonNode unknown = ApiFixtures.assertProblem(get(ADS + "?colour=red"), 400, "malformed-request");
        assertSameShape(unknown, example("delivery-problem.json"));
        assertThat(unknown.path("errors").path(0).path("field").asString()).isEqualTo("colour");

        for (String bad : List.of("limit=0", "limit=1000", "limit=abc", "offset=-1", "orderBy=title%20asc",
                "careType=SOMETIMES", "slots=FRIDAY", "childAge=40", "startDate%5Blte%5D=demain")) {
            ApiFixtures.assertProblem(get(ADS + "?" + bad), 400, "malformed-request");
        }
        ApiFixtures.assertProblem(get(ADS + "/not-an-id"), 404, "not-found");
    }

    @Test
    void onlyMembersShouldReadTheDeliveryEndpoint() throws Exception {
        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ADS, null)), 401,
                "unauthenticated");
        ApiFixtures.assertProblem(
                this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ADS, null).session(this.fixtures.editor())),
                403, "forbidden");
        assertThat(this.fixtures
            .perform(this.fixtures.request(HttpMethod.GET, ADS, null).session(this.fixtures.session(this.reader)))
            .getStatus()).as("with the site's session").isEqualTo(200);
    }

    private AdForm titled(AdForm form) {
        form.setTitle(form.getTitle().substring(0, 20) + " " + this.word);
        return form;
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return this.fixtures.perform(this.fixtures.request(HttpMethod.GET, path, this.readerToken));
    }

    private JsonNode query(String path) throws Exception {
        MockHttpServletResponse response = get(path);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return ApiFixtures.body(response);
    }

    /** The query's answer once the search index has caught up with {@code count} ads. */
    private JsonNode eventually(String path, int count) throws Exception {
        JsonNode answer = query(path);
        for (int attempt = 0; attempt < 50 && answer.path("results").size() < count; attempt++) {
            Thread.sleep(100);
            answer = query(path);
        }
        assertThat(answer.path("results").size()).isEqualTo(count);
        return answer;
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("results").forEach((node) -> ids.add(node.path("@id").asString()));
        return ids;
    }

    private static JsonNode example(String name) throws Exception {
        try (InputStream in = DeliveryEndpointTest.class.getResourceAsStream("/api/" + name)) {
            return ApiFixtures.JSON.readTree(in);
        }
    }

    /**
     * The actual document has the example's shape: each of its properties is one the
     * example has, with the same JSON type (text, array, object, number), recursively;
     * the example's {@code @} properties are all there.
     */
    private static void assertSameShape(JsonNode actual, JsonNode example) {
        assertShape(actual, example, "$");
    }

    private static void assertShape(JsonNode actual, JsonNode example, String where) {
        assertThat(actual.getNodeType()).as(where).isEqualTo(example.getNodeType());
        if (example.isObject()) {
            Set<String> names = new TreeSet<>(actual.propertyNames());
            assertThat(example.propertyNames()).as("properties of %s", where).containsAll(names);
            for (String name : example.propertyNames()) {
                if (name.startsWith("@") || name.equals("results") || name.equals("type") || name.equals("title")) {
                    assertThat(names).as("properties of %s", where).contains(name);
                }
                if (actual.has(name)) {
                    assertShape(actual.path(name), example.path(name), where + "." + name);
                }
            }
        }
        else if (example.isArray() && !example.isEmpty()) {
            for (JsonNode item : actual) {
                assertShape(item, example.path(0), where + "[]");
            }
        }
    }

}
