package org.opencity.childcare.webapp.fuzz;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Generated hostile input against every form (every POST route of the controllers, and
 * the login forms found in pages) and every page with query parameters: very long
 * strings, control characters, invalid UTF-8, script and template syntax, wrong types,
 * missing fields, abusive indexes, oversized and mistyped uploads. No answer may be a
 * server error, and no page may give a hostile value back unescaped or evaluated.
 */
@ApplicationTest
class HostileInputTest {

    /**
     * Fuzzing comes from an address of its own, so the login throttle of others is
     * untouched.
     */
    private static final String ADDRESS = "198.51.100.23";

    private static final long SEED = 0x6F7A7A;

    private static final int RANDOM_COMBINATIONS = 4;

    private final MockMvc mvc;

    private final ApplicationContext context;

    private final RequestMappingHandlerMapping mapping;

    private final Journeys journeys;

    private final Tally tally = new Tally();

    private final Random random = new Random(SEED);

    @LocalServerPort
    private int port;

    private MockHttpSession memberSession = new MockHttpSession();

    private MockHttpSession webmasterSession = new MockHttpSession();

    private boolean oversizedSent;

    @Autowired
    HostileInputTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.context = context;
        this.mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        this.journeys = new Journeys(mvc, context);
    }

    @Test
    void hostileInputShouldNeverGetAServerErrorNorComeBackUnescaped() throws Exception {
        Member member = this.journeys.activeFamily(Applicants.uniqueEmail("fuzz.member"), Applicants.GOOD_PASSWORD);
        Member other = this.journeys.activeFamily(Applicants.uniqueEmail("fuzz.other"), Applicants.GOOD_PASSWORD);
        this.memberSession = this.journeys.logIn(member.identifier(), Applicants.GOOD_PASSWORD);
        this.webmasterSession = webmaster();
        Fixtures fixtures = new Fixtures(this.context, this.journeys, member, other);

        List<Route> routes = Route.of(this.mapping);
        List<PageForms> forms = crawl(routes, fixtures);
        List<Route> targets = new ArrayList<>(
                routes.stream().filter((route) -> route.method().equals("POST")).toList());
        targets.addAll(filterForms(routes, forms));
        targets.addAll(routes.stream().filter((route) -> route.method().equals("GET")).toList());

        for (Route route : targets) {
            fuzz(route, fixtures.variables(route), fieldsOf(route, forms), defaultsOf(route, forms));
        }
        new ThroughTheServer(this.port, this.tally).send();

        System.out.println(this.tally.line());
        System.out.println("fuzz routes=" + targets.size() + " " + targets);
        assertThat(targets).as("routes covered").hasSizeGreaterThan(20);
        assertThat(this.tally.serverErrors()).as("5xx answers:%n%s", String.join("\n", this.tally.problems())).isZero();
        assertThat(this.tally.unescaped()).as("unescaped echoes:%n%s", String.join("\n", this.tally.problems()))
            .isZero();
    }

    /** Every GET page, once with real path variables: the forms it shows. */
    private List<PageForms> crawl(List<Route> routes, Fixtures fixtures) throws Exception {
        List<PageForms> forms = new ArrayList<>();
        for (Route route : routes) {
            if (!route.method().equals("GET")) {
                continue;
            }
            String path = expand(route, fixtures.variables(route), Map.of());
            MockHttpServletResponse response = send(route, "page", "", get(URI.create(path)), path);
            if (response != null && response.getStatus() == 200) {
                forms.addAll(PageForms.in(response.getContentAsString(StandardCharsets.UTF_8), path));
            }
        }
        return forms;
    }

    /** The forms posted to a filter (the login forms), fuzzed as well. */
    private static List<Route> filterForms(List<Route> routes, List<PageForms> forms) {
        Map<String, Set<String>> byAction = new LinkedHashMap<>();
        for (PageForms form : forms) {
            boolean handled = routes.stream()
                .anyMatch((route) -> route.method().equals(form.method()) && route.matches(form.action()));
            if (form.method().equals("POST") && !handled) {
                byAction.computeIfAbsent(form.action(), (action) -> new LinkedHashSet<>()).addAll(form.names());
            }
        }
        return byAction.entrySet().stream().map((entry) -> Route.filterForm(entry.getKey(), entry.getValue())).toList();
    }

    private static List<String> fieldsOf(Route route, List<PageForms> forms) {
        Set<String> fields = new LinkedHashSet<>(route.fields());
        for (PageForms form : forms) {
            if (form.method().equals(route.method()) && route.matches(form.action())) {
                fields.addAll(form.names());
            }
        }
        return List.copyOf(fields);
    }

    /**
     * What a browser would send untouched, or a complete valid form where one is known.
     */
    private static MultiValueMap<String, String> defaultsOf(Route route, List<PageForms> forms) {
        if (route.pattern().equals(SitePaths.NEW_AD) || route.pattern().equals(SitePaths.ADS + "/{id}/modifier")) {
            return Ads.fields(Ads.sharedCare());
        }
        if (route.pattern().equals(SitePaths.REGISTER) && route.method().equals("POST")) {
            return Applicants.family(Applicants.uniqueEmail("fuzz.applicant"));
        }
        if (route.pattern().equals(SitePaths.CHANGE_EMAIL) && route.method().equals("POST")) {
            // The right password, so that a hostile address goes all the way to the
            // mails.
            MultiValueMap<String, String> change = new LinkedMultiValueMap<>();
            change.add("email", Applicants.uniqueEmail("fuzz.address"));
            change.add("password", Applicants.GOOD_PASSWORD);
            return change;
        }
        MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
        for (PageForms form : forms) {
            if (form.method().equals(route.method()) && route.matches(form.action())) {
                form.defaults().forEach((name, values) -> defaults.putIfAbsent(name, values));
            }
        }
        return defaults;
    }

    private void fuzz(Route route, Map<String, String> variables, List<String> fields,
            MultiValueMap<String, String> defaults) throws Exception {
        String path = expand(route, variables, Map.of());
        // Missing fields, then what a browser sends untouched.
        request(route, path, "(no field)", "", new LinkedMultiValueMap<>());
        request(route, path, "(defaults)", "", defaults);
        if (route.method().equals("POST")) {
            send(route, "(no form token)", "", build(route, path, defaults), path);
        }
        List<String> values = (route.method().equals("POST") && route.handler() != null) ? HostileValues.ALL
                : HostileValues.CORE;
        // Every field set to the same hostile value.
        for (String value : fields.isEmpty() ? List.<String>of() : values) {
            MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
            fields.forEach((field) -> params.add(field, value));
            request(route, path, "(every field)", value, params);
        }
        // One hostile field in an otherwise sensible form.
        for (String field : fields) {
            String value = pick(values);
            MultiValueMap<String, String> params = copy(defaults);
            params.set(field, value);
            request(route, path, field, value, params);
        }
        // Random mixes, with fields left out.
        for (int i = 0; i < (fields.isEmpty() ? 0 : RANDOM_COMBINATIONS); i++) {
            MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
            StringBuilder described = new StringBuilder();
            for (String field : fields) {
                if (this.random.nextBoolean()) {
                    String value = pick(values);
                    params.add(field, value);
                    described.append(field).append('=').append(HostileValues.show(value)).append(' ');
                }
            }
            request(route, path, "(mix) " + described, "", params);
        }
        // Binding abuse, where a form object is bound: far, negative and class-path
        // indexes.
        boolean binds = fields.stream().anyMatch((field) -> field.contains("[") || field.contains("."));
        for (String name : binds ? HostileValues.ABUSIVE_NAMES : List.<String>of()) {
            MultiValueMap<String, String> params = copy(defaults);
            params.add(name, "1");
            request(route, path, name, "1", params);
        }
        invalidEncodings(route, path, fields);
        // Hostile path variables.
        for (String variable : variables.keySet()) {
            for (String value : HostileValues.PATH_VALUES) {
                String hostilePath = expand(route, variables, Map.of(variable, value));
                request(route, hostilePath, "{" + variable + "}", value, defaults);
            }
        }
        if (route.multipart()) {
            uploads(route, path, defaults);
        }
    }

    /** Invalid UTF-8 and bodies of the wrong type. */
    private void invalidEncodings(Route route, String path, List<String> fields) throws Exception {
        String invalid = fields.stream()
            .map((field) -> encode(field) + "=%C3%28%FF%FE")
            .collect(Collectors.joining("&"));
        if (route.method().equals("GET")) {
            send(route, "(invalid UTF-8 query)", "%C3%28%FF", get(URI.create(path + "?" + invalid)), path);
            return;
        }
        send(route, "(invalid UTF-8 body)", "%C3%28%FF",
                post(URI.create(path)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(invalid).with(csrf()),
                path);
        byte[] raw = (fields.isEmpty() ? "x" : fields.get(0)).concat("=").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[raw.length + 4];
        System.arraycopy(raw, 0, body, 0, raw.length);
        body[raw.length] = (byte) 0xC3;
        body[raw.length + 1] = (byte) 0x28;
        body[raw.length + 2] = (byte) 0xFF;
        body[raw.length + 3] = (byte) 0x80;
        send(route, "(raw invalid bytes)", "C3 28 FF 80",
                post(URI.create(path)).contentType("application/x-www-form-urlencoded;charset=UTF-8")
                    .content(body)
                    .with(csrf()),
                path);
        send(route, "(JSON body)", "<script>",
                post(URI.create(path)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"message\":\"<script>alert(1)</script>\",\"title\":[1,2]}")
                    .with(csrf()),
                path);
        send(route, "(broken multipart)", "--zz",
                post(URI.create(path)).contentType("multipart/form-data; boundary=zz")
                    .content("--zz\r\nContent-Disposition: form-data; name=\"<script>alert(1)</script>\"\r\n\r\nx")
                    .with(csrf()),
                path);
    }

    /** An upload far over the limits, one of the wrong type, too many files. */
    private void uploads(Route route, String path, MultiValueMap<String, String> defaults) throws Exception {
        if (!this.oversizedSent) {
            this.oversizedSent = true;
            MockMultipartFile huge = new MockMultipartFile("documents", "enorme.pdf", "application/pdf",
                    new byte[26 * 1024 * 1024]);
            send(route, "documents", "26 MB", upload(path, defaults).file(huge), path);
        }
        MockMultipartFile html = new MockMultipartFile("documents", "\"><img src=x onerror=alert(1)>.pdf", "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        send(route, "documents", "text/html named .pdf", upload(path, defaults).file(html), path);
        MockMultipartFile nameless = new MockMultipartFile("documents", "${7*7}ZZQ\u0000.exe",
                "application/x-msdownload", new byte[] { 'M', 'Z', 0, 0 });
        send(route, "documents", "MZ named ${7*7}ZZQ.exe", upload(path, defaults).file(nameless), path);
        MockMultipartHttpServletRequestBuilder many = upload(path, defaults);
        for (int i = 0; i < 12; i++) {
            many.file(Applicants.pdf("piece-" + i + ".pdf", 1_000));
        }
        send(route, "documents", "12 files", many, path);
    }

    private MockMultipartHttpServletRequestBuilder upload(String path, MultiValueMap<String, String> defaults) {
        MockMultipartHttpServletRequestBuilder request = multipart(URI.create(path));
        request.params(fresh(defaults)).with(csrf());
        return request;
    }

    private void request(Route route, String path, String field, String value, MultiValueMap<String, String> params)
            throws Exception {
        if (route.method().equals("GET")) {
            String query = params.entrySet()
                .stream()
                .flatMap((entry) -> entry.getValue().stream().map((v) -> encode(entry.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
            send(route, field, value, get(URI.create(query.isEmpty() ? path : path + "?" + query)), path);
            return;
        }
        AbstractMockHttpServletRequestBuilder<?> request = build(route, path, fresh(params));
        request.with(csrf());
        send(route, field, value, request, path);
    }

    private static AbstractMockHttpServletRequestBuilder<?> build(Route route, String path,
            MultiValueMap<String, String> params) {
        AbstractMockHttpServletRequestBuilder<?> request = route.multipart() ? multipart(URI.create(path))
                : post(URI.create(path));
        request.params(params);
        return request;
    }

    /** Sends one request as the route's user; counts 5xx answers and unescaped echoes. */
    private @Nullable MockHttpServletResponse send(Route route, String field, String value,
            AbstractMockHttpServletRequestBuilder<?> request, String path) throws Exception {
        MockHttpSession session = sessionFor(route, path);
        if (session != null) {
            request.session(session);
        }
        request.with(fromAddress());
        this.tally.request();
        String what = route + " " + abbreviate(path) + " field=" + field + " value=" + HostileValues.show(value);
        MvcResult result;
        try {
            result = this.mvc.perform(request).andReturn();
        }
        catch (Exception ex) {
            Throwable cause = ex;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            this.tally.serverError(what + " -> exception " + cause);
            return null;
        }
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() >= 500) {
            this.tally.serverError(what + " -> status " + response.getStatus()
                    + ((result.getResolvedException() != null) ? " " + result.getResolvedException() : ""));
        }
        // Only HTML can run what it echoes: the API answers JSON (application/json or
        // application/problem+json, never sniffed as HTML), where a value sent back as
        // sent is data, as in a problem naming an invalid filter value.
        String type = response.getContentType();
        List<String> echoes = (type != null && !type.startsWith("text/html")) ? List.of()
                : HostileValues.unescaped(response.getContentAsString(StandardCharsets.UTF_8));
        if (!echoes.isEmpty()) {
            this.tally.unescaped(what + " -> status " + response.getStatus() + " unescaped " + echoes);
        }
        return response;
    }

    private @Nullable MockHttpSession sessionFor(Route route, String path) {
        if (route.handler() == null) {
            return null;
        }
        if (path.startsWith("/backoffice") && !path.startsWith("/backoffice/connexion")) {
            return this.webmasterSession;
        }
        boolean memberArea = path.startsWith(SitePaths.ACCOUNT) || path.startsWith(SitePaths.ADS)
                || path.startsWith("/.rest/");
        boolean oneClickLink = path.startsWith(SitePaths.AD_RENEWAL);
        return (memberArea && !oneClickLink) ? this.memberSession : null;
    }

    private MockHttpSession webmaster() throws Exception {
        return new TestStaff(this.context).webmasterSession(this.mvc);
    }

    private String pick(List<String> values) {
        return values.get(this.random.nextInt(values.size()));
    }

    /** A registration with an address of its own, so that each one is a new applicant. */
    private static MultiValueMap<String, String> fresh(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = copy(params);
        String email = copy.getFirst("email");
        if (email != null && email.startsWith("fuzz.applicant")) {
            copy.set("email", Applicants.uniqueEmail("fuzz.applicant"));
        }
        return copy;
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private static String expand(Route route, Map<String, String> variables, Map<String, String> overrides) {
        String path = route.pattern();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String value = overrides.getOrDefault(variable.getKey(), variable.getValue());
            path = path.replace("{" + variable.getKey() + "}",
                    UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String path) {
        return (path.length() > 120) ? path.substring(0, 100) + "…" : path;
    }

    private static RequestPostProcessor fromAddress() {
        return (request) -> {
            request.setRemoteAddr(ADDRESS);
            return request;
        };
    }

}
