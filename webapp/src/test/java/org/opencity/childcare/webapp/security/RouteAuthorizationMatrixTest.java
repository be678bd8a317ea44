package org.opencity.childcare.webapp.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

import org.opencity.childcare.webapp.security.AccessPolicy.Answer;
import org.opencity.childcare.webapp.security.AccessPolicy.Expect;
import org.opencity.childcare.webapp.security.AccessPolicy.Resource;
import org.opencity.childcare.webapp.security.AccessPolicy.Role;
import org.opencity.childcare.webapp.security.AccessPolicy.Rule;
import org.opencity.childcare.webapp.security.Routes.Route;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application exposes, requested by each role (a visitor, member A on
 * their own resources, member B on A's resources, a webmaster, an editor): each answer
 * must be the one {@link AccessPolicy} gives. Routes are read from the handler mappings,
 * so a route added without a rule fails here until someone decides who may use it. Writes
 * are sent with a valid form token and empty fields: an allowed member gets a 422 or a
 * redirect, a refused one a login, a 403 or a 404.
 */
@ApplicationTest
class RouteAuthorizationMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:*]+)(?::[^}]*)?}");

    private static final Pattern TRAILING_WILDCARD = Pattern.compile("/(\\*\\*|\\{\\*[^}]+})$");

    /** {@code -Dmatrix.verbose=true} prints every check, not only the mismatches. */
    private static final boolean VERBOSE = Boolean.getBoolean("matrix.verbose");

    private final MockMvc mvc;

    private final ApplicationContext context;

    @Autowired
    RouteAuthorizationMatrixTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.context = context;
    }

    @Test
    void everyRouteShouldAnswerEveryRoleAsThePolicySays() throws Exception {
        List<Route> routes = Routes.of(this.context);
        assertThat(routes).as("routes read from the handler mappings")
            .extracting(Route::toString)
            .contains("GET /backoffice/taches", "POST /services-en-ligne/garde-d-enfant/annonces/nouvelle");
        long start = System.nanoTime();
        try (MatrixFixtures fixtures = new MatrixFixtures(this.mvc, this.context).setUp()) {
            long setUp = System.nanoTime();
            check(routes, fixtures, start, setUp);
        }
    }

    @Test
    void aRouteOutsideEveryRuleShouldBeNewAndOneUnderAProtectedPrefixShouldInheritItsRule() {
        assertThat(AccessPolicy.ruleFor(SitePaths.SECTION + "/nouvelle-page")).as("new public page").isEmpty();
        assertThat(AccessPolicy.ruleFor("/nouvelle-page")).as("new page at the root").isEmpty();
        assertThat(AccessPolicy.ruleFor("/backoffice/taches/{id}/nouveau")).get()
            .extracting(Rule::access)
            .isEqualTo(AccessPolicy.Access.WEBMASTER_ONLY);
        assertThat(AccessPolicy.ruleFor("/backoffice/membres/{id}/nouveau")).get()
            .extracting(Rule::access)
            .isEqualTo(AccessPolicy.Access.WEBMASTER_ONLY);
        assertThat(AccessPolicy.ruleFor("/backoffice/personnel/{username}/nouveau")).get()
            .extracting(Rule::access)
            .isEqualTo(AccessPolicy.Access.WEBMASTER_ONLY);
        assertThat(AccessPolicy.ruleFor(SitePaths.ADS + "/{id}/nouveau")).get()
            .extracting(Rule::access)
            .isEqualTo(AccessPolicy.Access.OWNER_ONLY);
    }

    private void check(List<Route> routes, MatrixFixtures fixtures, long start, long setUp) throws Exception {
        List<String> unclassified = new ArrayList<>();
        Map<Route, Rule> classified = new LinkedHashMap<>();
        for (Route route : routes) {
            Optional<Rule> rule = AccessPolicy.ruleFor(route.pattern());
            if (rule.isEmpty()) {
                unclassified.add("new route " + route + " (" + route.handler() + "): add it to the matrix");
            }
            else {
                classified.put(route, rule.get());
            }
        }

        // Reads first, then writes, then the writes that change a resource for good,
        // each on a resource of its own.
        List<Route> order = new ArrayList<>(classified.keySet());
        order.sort(Comparator.comparing((Route route) -> classified.get(route).destructive())
            .thenComparing((route) -> !"GET".equals(route.method())));

        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        int refused = 0;
        for (Route route : order) {
            Rule rule = classified.get(route);
            Optional<String> path = path(route, rule, fixtures, unclassified);
            if (path.isEmpty()) {
                continue;
            }
            for (Role role : Role.values()) {
                Expect expected = rule.access().of(role);
                MockHttpServletResponse response = send(route.method(), path.get(), rule.params(),
                        fixtures.session(role));
                Answer actual = Answer.of(response);
                checks++;
                if (VERBOSE) {
                    System.out.printf("matrix %-6s %-60s %-18s %-26s %s%n", route.method(), route.pattern(), role.label,
                            expected.label, response.getStatus());
                }
                if (!expected.accepted.contains(actual)) {
                    mismatches.add(String.format("%-6s %-70s as %-18s expected %-26s got %s %s", route.method(),
                            path.get(), role.label, expected.label, response.getStatus(),
                            (response.getRedirectedUrl() != null) ? "→ " + response.getRedirectedUrl() : ""));
                }
                else if (expected.refusal) {
                    refused++;
                }
            }
        }

        System.out.printf(
                "authorization routes=%d checks=%d refused_as_expected=%d mismatches=%d unclassified=%d"
                        + " setup_ms=%d checks_ms=%d%n",
                routes.size(), checks, refused, mismatches.size(), unclassified.size(), (setUp - start) / 1_000_000,
                (System.nanoTime() - setUp) / 1_000_000);
        if (!unclassified.isEmpty() || !mismatches.isEmpty()) {
            StringBuilder report = new StringBuilder("The authorisation matrix does not hold:\n");
            unclassified.forEach((line) -> report.append("  ").append(line).append('\n'));
            mismatches.forEach((line) -> report.append("  ").append(line).append('\n'));
            fail(report.toString());
        }
    }

    /**
     * The route's pattern with each variable filled in by a resource of the kind its rule
     * names; empty (and a line in {@code unclassified}) when the rule does not say.
     */
    private static Optional<String> path(Route route, Rule rule, MatrixFixtures fixtures, List<String> unclassified)
            throws Exception {
        String pattern = route.pattern();
        Matcher wildcard = TRAILING_WILDCARD.matcher(pattern);
        if (wildcard.find()) {
            if (rule.sample() == null) {
                unclassified.add("new route " + route + ": add it to the matrix (no sample path for its wildcard)");
                return Optional.empty();
            }
            pattern = pattern.substring(0, wildcard.start()) + "/" + rule.sample();
        }
        Map<Resource, String> fresh = new LinkedHashMap<>();
        StringBuilder path = new StringBuilder();
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            Resource resource = rule.variables().get(variable.group(1));
            if (resource == null) {
                unclassified.add("new route " + route + ": add it to the matrix (which resource is {"
                        + variable.group(1) + "}?)");
                return Optional.empty();
            }
            String id = rule.destructive() ? fresh.computeIfAbsent(resource, (kind) -> freshOrFail(fixtures, kind))
                    : fixtures.shared(resource);
            variable.appendReplacement(path, Matcher.quoteReplacement(UriUtils.encodePathSegment(id, "UTF-8")));
        }
        variable.appendTail(path);
        if (path.indexOf("*") >= 0) {
            unclassified.add("new route " + route + ": add it to the matrix (wildcard inside the path)");
            return Optional.empty();
        }
        return Optional.of(path.toString());
    }

    private static String freshOrFail(MatrixFixtures fixtures, Resource resource) {
        try {
            return fixtures.fresh(resource);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot create a " + resource, ex);
        }
    }

    private MockHttpServletResponse send(String method, String path, Map<String, String> params,
            @Nullable MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), URI.create(path));
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.with(csrf());
            params.forEach(request::param);
        }
        if (session != null) {
            request.session(session);
        }
        return this.mvc.perform(request).andReturn().getResponse();
    }

}
