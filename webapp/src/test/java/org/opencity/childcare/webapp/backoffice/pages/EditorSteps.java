package org.opencity.childcare.webapp.backoffice.pages;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an editor does in the page editor, through its screens: log in, create a page of
 * their own (a unique one per test, since the application is shared), add components.
 */
final class EditorSteps {

    static final String TREE = "/backoffice/pages";

    private final MockMvc mvc;

    private final MockHttpSession session;

    private final String username;

    /** The page each redirect led to, as the editor saw it. */
    private final Map<MvcResult, String> followed = new IdentityHashMap<>();

    private EditorSteps(MockMvc mvc, MockHttpSession session, String username) {
        this.mvc = mvc;
        this.session = session;
        this.username = username;
    }

    /** A new editor, logged in through the staff login's two steps. */
    static EditorSteps editor(MockMvc mvc, ApplicationContext context) throws Exception {
        TestStaff.Account editor = new TestStaff(context).editor();
        return new EditorSteps(mvc, TestStaff.logIn(mvc, editor), editor.username());
    }

    /** The editor's user name, which pages record as their last editor. */
    String username() {
        return this.username;
    }

    MockHttpSession session() {
        return this.session;
    }

    /**
     * Sends the request in the editor's session and, as a browser would, follows a
     * redirect within the page editor, so that its one-time notice is shown (and used up)
     * there.
     */
    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = this.mvc.perform(request.session(this.session)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location != null && location.startsWith(TREE)) {
            String followed = this.mvc.perform(get(URI.create(location)).session(this.session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
            this.followed.put(result, followed);
        }
        return result;
    }

    /** A page's HTML, asserting it answered 200. */
    String page(String path) throws Exception {
        MvcResult result = perform(get(URI.create(path)));
        assertThat(result.getResponse().getStatus()).as("GET " + path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * Creates a new page under the section's top page through the tree's form; returns
     * its path.
     */
    String newPage(String title) throws Exception {
        String name = "essai-" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult created = perform(post(TREE + "/nouvelle").param("parent", SitePaths.SECTION)
            .param("name", name)
            .param("title", title)
            .with(csrf()));
        String path = SitePaths.SECTION + "/" + name;
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(editPath(path));
        return path;
    }

    /** Posts a new component's form; fields are name, value pairs. */
    MvcResult addComponent(String page, String area, String template, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(TREE + "/composant/nouveau").param("chemin", page)
            .param("zone", area)
            .param("modele", template)
            .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    /** Posts a component's form; fields are name, value pairs. */
    MvcResult saveComponent(String component, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(TREE + "/composant").param("chemin", component).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    MvcResult publish(String page) throws Exception {
        return perform(post(TREE + "/publier").param("chemin", page).with(csrf()));
    }

    /** The one-time notice shown on the page the request redirected to. */
    String noticeAfter(MvcResult redirected) {
        String html = this.followed.get(redirected);
        assertThat(html).as("the page after a redirect within the page editor").isNotNull();
        int start = html.indexOf("<div class=\"notice notice--");
        assertThat(start).as("a notice on " + redirected.getResponse().getRedirectedUrl()).isNotNegative();
        return html.substring(start, html.indexOf("</div>", start));
    }

    static String editPath(String page) {
        return UriComponentsBuilder.fromPath(TREE + "/modifier")
            .queryParam("chemin", "{path}")
            .encode()
            .buildAndExpand(page)
            .toUriString();
    }

    static String withPath(String screen, String path) {
        return UriComponentsBuilder.fromPath(TREE + screen)
            .queryParam("chemin", "{path}")
            .encode()
            .buildAndExpand(path)
            .toUriString();
    }

    static String decode(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

}
