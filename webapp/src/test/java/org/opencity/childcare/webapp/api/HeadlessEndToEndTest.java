package org.opencity.childcare.webapp.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless journey over real HTTP, as two programs would make it: Camille's client,
 * with her token, posts an ad; Bastien's client finds it on the delivery endpoint by its
 * filters and contacts her; Camille is told by mail and her client reads the message.
 */
@ApplicationTest
class HeadlessEndToEndTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ApiFixtures fixtures;

    @LocalServerPort
    private int port;

    @Autowired
    HeadlessEndToEndTest(MockMvc mvc, ApplicationContext context) {
        this.fixtures = new ApiFixtures(mvc, context);
    }

    @Test
    void aClientPostsAnAdAnotherFindsItByFiltersAndContactsItsOwner() throws Exception {
        Member camille = this.fixtures.family("e2e-camille");
        Member bastien = this.fixtures.family("e2e-bastien");
        String camilleToken = this.fixtures.token(camille, "READ_WRITE");
        String bastienToken = this.fixtures.token(bastien, "READ_WRITE");
        String word = "jardin" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> posted = send("POST", ApiPaths.V1 + "/ads", camilleToken,
                ApiFixtures.sharedCareJson("Garde partagée avec " + word, LocalDate.now().plusWeeks(1).toString(),
                        YearMonth.now().minusMonths(14).toString()));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String adId = json(posted).path("id").asString();
        assertThat(posted.headers().firstValue("Location")).hasValue(ApiPaths.V1 + "/ads/" + adId);
        assertThat(json(posted).path("status").asString()).isEqualTo("PUBLISHED");

        JsonNode found = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> query = send("GET",
                    "/.rest/delivery/ads?careType=SHARED&neighbourhood=centre&q=" + word + "&limit=5", bastienToken,
                    null);
            assertThat(query.statusCode()).isEqualTo(200);
            if (json(query).path("results").size() > 0) {
                found = json(query).path("results").path(0);
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found).as("the ad found by its filters").isNotNull();
        assertThat(found.path("@id").asString()).isEqualTo(adId);
        assertThat(found.path("ownerFirstName").asString()).isEqualTo(camille.profile().firstName());
        assertThat(send("GET", "/.rest/delivery/ads?careType=BABYSITTING&q=" + word, bastienToken, null).body())
            .as("another care type")
            .contains("\"results\":[]");

        HttpResponse<String> contacted = send("POST", ApiPaths.V1 + "/ads/" + adId + "/conversations", bastienToken,
                "{\"message\": \"Bonjour, nous cherchons justement une garde partagée près du " + word + ".\"}");
        assertThat(contacted.statusCode()).as(contacted.body()).isEqualTo(201);
        String conversationId = json(contacted).path("id").asString();

        MimeMessage mail = TestMailServer.lastTo(camille.profile().email());
        assertThat(mail.getSubject()).contains("Garde partagée avec " + word);
        HttpResponse<String> inbox = send("GET", ApiPaths.V1 + "/conversations", camilleToken, null);
        assertThat(inbox.body()).contains(conversationId, bastien.profile().firstName());
        HttpResponse<String> thread = send("GET", ApiPaths.V1 + "/conversations/" + conversationId, camilleToken, null);
        assertThat(json(thread).path("messages").path(0).path("text").asString())
            .contains("nous cherchons justement une garde partagée");
        assertThat(json(thread).path("messages").path(0).path("mine").asBoolean()).isFalse();
        assertThat(thread.body()).doesNotContain(bastien.profile().email(), bastien.profile().lastName());
    }

    private HttpResponse<String> send(String method, String path, String token, @Nullable String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiFixtures.JSON.readTree(response.body());
    }

}
