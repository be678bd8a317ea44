package org.opencity.childcare.webapp.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document lists every route the application answers under {@code /.rest/}
 * (read from the handler mappings, so a new endpoint without documentation fails here),
 * each operation with an example; staff read it as a page in the back office.
 */
@ApplicationTest
class OpenApiDocumentTest {

    private final MockMvc mvc;

    private final ApiFixtures fixtures;

    private final RequestMappingHandlerMapping mapping;

    @Autowired
    OpenApiDocumentTest(MockMvc mvc, ApplicationContext context,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mvc = mvc;
        this.fixtures = new ApiFixtures(mvc, context);
        this.mapping = mapping;
    }

    @Test
    void everyRouteUnderRestShouldBeDocumentedWithAnExample() throws Exception {
        MockHttpServletResponse response = this.fixtures
            .perform(this.fixtures.request(HttpMethod.GET, ApiPaths.OPENAPI, null));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode document = ApiFixtures.body(response);
        assertThat(document.path("openapi").asString()).startsWith("3.");

        Set<String> routes = new TreeSet<>();
        this.mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(ApiPaths.REST + "/") && !pattern.equals(ApiPaths.REST + "/**")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        routes.add(method.name().toLowerCase(Locale.ROOT) + " " + pattern);
                    }
                }
            }
        });
        assertThat(routes).as("routes under /.rest").hasSizeGreaterThanOrEqualTo(20);

        Set<String> documented = new TreeSet<>();
        List<String> withoutExample = new ArrayList<>();
        for (String path : document.path("paths").propertyNames()) {
            for (String method : document.path("paths").path(path).propertyNames()) {
                documented.add(method + " " + path);
                JsonNode operation = document.path("paths").path(path).path(method);
                if (!hasExample(operation)) {
                    withoutExample.add(method + " " + path);
                }
            }
        }
        assertThat(documented).as("documented operations").containsExactlyInAnyOrderElementsOf(routes);
        assertThat(withoutExample).as("operations without an example").isEmpty();
    }

    @Test
    void staffShouldReadTheDocumentAsAPageAndMembersNot() throws Exception {
        MockHttpServletResponse page = this.mvc.perform(get(ApiPaths.DOCUMENTATION).session(this.fixtures.editor()))
            .andReturn()
            .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
            .contains("API du service", "GET /.rest/delivery/ads", "POST /.rest/childcare/v1/ads",
                    "POST /.rest/childcare/v1/tasks/{id}/decision",
                    "DELETE /.rest/childcare/v1/members/{id}/suspension", "&quot;@nodeType&quot;", ApiPaths.OPENAPI)
            .doesNotContain("<script");

        MockHttpServletResponse member = this.mvc
            .perform(get(ApiPaths.DOCUMENTATION).session(this.fixtures.session(this.fixtures.family("doc-api"))))
            .andReturn()
            .getResponse();
        assertThat(member.getStatus()).isIn(302, 403);
    }

    private static boolean hasExample(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            for (JsonNode content : response.path("content")) {
                if (content.has("example")) {
                    return true;
                }
            }
        }
        return operation.path("responses").has("204");
    }

}
