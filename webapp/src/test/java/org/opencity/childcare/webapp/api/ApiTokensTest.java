package org.opencity.childcare.webapp.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.apitoken.ApiToken;
import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member's personal API token, from "Mon compte" to refusal: created on the page and
 * shown once, stored only as a hash, used (the list then says when), refused once revoked
 * or expired, and limited to reading when so created.
 */
@ApplicationTest
class ApiTokensTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"api-tokens__secret\">([^<]+)</code>");

    private static final String ME = ApiPaths.V1 + "/me";

    private final MockMvc mvc;

    private final ApiFixtures fixtures;

    private final ApiTokens tokens;

    private final JcrTemplate jcr;

    @Autowired
    ApiTokensTest(MockMvc mvc, ApplicationContext context, ApiTokens tokens, JcrTemplate jcr) {
        this.mvc = mvc;
        this.fixtures = new ApiFixtures(mvc, context);
        this.tokens = tokens;
        this.jcr = jcr;
    }

    @Test
    void aTokenShouldBeShownOnceStoredHashedUsedAndThenRevoked() throws Exception {
        Member member = this.fixtures.family("jetons");
        MockHttpSession session = this.fixtures.session(member);

        MockHttpServletResponse created = this.mvc
            .perform(post(SitePaths.API_TOKENS).session(session)
                .param("name", "Application du relais")
                .param("scope", "READ_WRITE")
                .param("expiresOn", "")
                .with(csrf()))
            .andReturn()
            .getResponse();
        String page = created.getContentAsString(StandardCharsets.UTF_8);
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the secret on the page that answers the creation").isTrue();
        String secret = shown.group(1);
        assertThat(secret).startsWith(ApiTokens.PREFIX).hasSizeGreaterThanOrEqualTo(ApiTokens.PREFIX.length() + 43);
        assertThat(page).contains("Application du relais", "il ne sera plus jamais affiché", "jamais");

        String listed = list(session);
        assertThat(listed).contains("Application du relais", "Lecture et écriture").doesNotContain(secret);
        ApiToken token = this.tokens.listOwn(member.id()).get(0);
        LocalDate in90Days = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(90);
        assertThat(token.expiresAt())
            .isEqualTo(in90Days.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(storedValues(token.id())).as("what the repository keeps of the token").doesNotContain(secret);

        MockHttpServletResponse me = this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ME, secret));
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(ApiFixtures.body(me).path("id").asString()).isEqualTo(member.id());
        assertThat(ApiFixtures.body(me).path("authentication").asString()).isEqualTo("token");
        assertThat(me.getHeader("Set-Cookie")).as("no session for a token").isNull();
        assertThat(list(session)).as("last use shown").doesNotContain(">jamais<");

        MockHttpServletResponse revoked = this.mvc
            .perform(post(SitePaths.API_TOKENS + "/revoquer").param("jeton", token.id()).session(session).with(csrf()))
            .andReturn()
            .getResponse();
        assertThat(revoked.getRedirectedUrl()).isEqualTo(SitePaths.API_TOKENS + "?revoque");
        assertThat(list(session)).doesNotContain("Application du relais");
        MockHttpServletResponse refused = this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ME, secret));
        ApiFixtures.assertProblem(refused, 401, "unauthenticated");
        assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(ApiFixtures.body(refused).path("detail").asString()).contains("révoqué");
    }

    @Test
    void anExpiredTokenShouldBeRefusedAndShownAsExpired() throws Exception {
        Member member = this.fixtures.family("jeton-expire");
        String secret = this.fixtures.token(member, "READ");
        ApiToken token = this.tokens.listOwn(member.id()).get(0);
        assertThat(this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ME, secret)).getStatus()).isEqualTo(200);

        this.jcr.write((session) -> {
            JcrProperties.set(session.getNodeByIdentifier(token.id()), "expiresAt", Instant.now().minusSeconds(1));
            return token.id();
        });

        ApiFixtures.assertProblem(this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ME, secret)), 401,
                "unauthenticated");
        assertThat(list(this.fixtures.session(member))).contains("tests READ", "(expiré)");
    }

    @Test
    void aReadOnlyTokenShouldReadButNotWrite() throws Exception {
        Member member = this.fixtures.family("jeton-lecture");
        String secret = this.fixtures.token(member, "READ");

        assertThat(
                this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ApiPaths.V1 + "/ads", secret)).getStatus())
            .isEqualTo(200);
        MockHttpServletResponse write = this.fixtures.perform(this.fixtures.json(HttpMethod.POST,
                ApiPaths.V1 + "/saved-searches", secret, "{\"query\": \"garde=SHARED\"}"));
        ApiFixtures.assertProblem(write, 403, "read-only-token");
        assertThat(ApiFixtures.body(write).path("title").asString()).isEqualTo("Jeton en lecture seule");
    }

    @Test
    void anUnknownTokenShouldBeRefusedEvenWithASession() throws Exception {
        Member member = this.fixtures.family("jeton-inconnu");
        MockHttpSession session = this.fixtures.session(member);

        MockHttpServletResponse refused = this.fixtures
            .perform(this.fixtures.request(HttpMethod.GET, ME, ApiTokens.PREFIX + "made-up").session(session));

        ApiFixtures.assertProblem(refused, 401, "unauthenticated");
    }

    @Test
    void aCreationFormWithMistakesShouldSayWhatToFixAndKeepTheValues() throws Exception {
        Member member = this.fixtures.family("jeton-erreurs");
        MockHttpSession session = this.fixtures.session(member);
        String tooLate = LocalDate.now().plusYears(2).toString();

        MockHttpServletResponse response = this.mvc
            .perform(post(SitePaths.API_TOKENS).session(session)
                .param("name", "Mon script")
                .param("scope", "ADMIN")
                .param("expiresOn", tooLate)
                .with(csrf()))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
            .contains("Choisissez les droits du jeton.", "Choisissez une date entre demain et dans 365 jours au plus.")
            .contains("value=\"Mon script\"", "value=\"" + tooLate + "\"")
            .doesNotContain("api-tokens__secret");
        assertThat(this.tokens.listOwn(member.id())).isEmpty();
    }

    @Test
    void anotherMembersTokenShouldNotBeRevocable() throws Exception {
        Member owner = this.fixtures.family("jeton-a");
        Member other = this.fixtures.family("jeton-b");
        String secret = this.fixtures.token(owner, "READ");
        ApiToken token = this.tokens.listOwn(owner.id()).get(0);

        MockHttpServletResponse response = this.mvc
            .perform(post(SitePaths.API_TOKENS + "/revoquer").param("jeton", token.id())
                .session(this.fixtures.session(other))
                .with(csrf()))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ME, secret)).getStatus()).isEqualTo(200);
    }

    private String list(MockHttpSession session) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(get(SitePaths.API_TOKENS).session(session))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String storedValues(String tokenId) {
        return this.jcr.read((session) -> {
            Node node = session.getNodeByIdentifier(tokenId);
            StringBuilder values = new StringBuilder(node.getPath());
            for (PropertyIterator properties = node.getProperties(); properties.hasNext();) {
                Property property = properties.nextProperty();
                values.append(' ').append(property.isMultiple() ? "" : property.getString());
            }
            return values.toString();
        });
    }

}
