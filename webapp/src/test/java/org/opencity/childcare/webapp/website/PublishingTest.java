package org.opencity.childcare.webapp.website;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The section's pages as stored content: residents see the published version of each
 * page, never an editor's draft, and every earlier publication can be brought back. Pages
 * are changed here directly in the repository; the page editor's own tests go through its
 * screens.
 */
@ApplicationTest
class PublishingTest {

    private final MockMvc mvc;

    private final WebsiteContent website;

    private final Publications publications;

    @Autowired
    PublishingTest(MockMvc mvc, WebsiteContent website, Publications publications) {
        this.mvc = mvc;
        this.website = website;
        this.publications = publications;
    }

    @Test
    void freshInstallationShouldHaveEveryPageOfTheServicePublished() throws Exception {
        for (String path : List.of(SitePaths.SECTION, SitePaths.REGISTER, SitePaths.LOGIN, SitePaths.ADS,
                SitePaths.MY_ADS, SitePaths.PRIVACY)) {
            assertThat(this.website.draftPage(path)).as("draft " + path).isPresent();
            assertThat(this.website.livePage(path)).as("published " + path).isPresent();
        }
        assertThat(this.website.livePageShowing("childcare:components/registrationForm")).get()
            .extracting(ContentNode::path)
            .isEqualTo(SitePaths.REGISTER);
        assertThat(this.publications.history(SitePaths.REGISTER)).singleElement()
            .extracting(Publications.Publication::publishedBy)
            .isEqualTo(WebsiteBootstrap.PUBLISHER);
    }

    @Test
    void residentsShouldSeeAnEditorsChangeOnlyOncePublishedAndTheEarlierVersionWhenRestored() throws Exception {
        String page = SitePaths.LOGIN;
        String first = publishedText(page);
        String before = this.publications.history(page).get(0).id();

        addText(page, "intro", "Nouveau : la permanence du mardi est ouverte aux familles.");
        assertThat(body(page)).doesNotContain("permanence du mardi");

        this.publications.publish(page, "redaction", null);
        assertThat(body(page)).contains("permanence du mardi").contains("name=\"login\"");

        this.publications.restore(before, "redaction");
        assertThat(body(page)).doesNotContain("permanence du mardi");
        assertThat(publishedText(page)).isEqualTo(first);
        List<Publications.Publication> history = this.publications.history(page);
        assertThat(history.get(0).restoredFrom()).isNotNull();
        assertThat(history).extracting(Publications.Publication::publishedBy).contains("redaction");
    }

    @Test
    void editorsPageShouldBeServedAtItsAddressOncePublished() throws Exception {
        String path = SitePaths.SECTION + "/infos-pratiques-" + System.nanoTime();
        String name = path.substring(path.lastIndexOf('/') + 1);
        this.website.author().write((session) -> {
            Node page = session.getNode(SitePaths.SECTION).addNode(name, ContentNode.PAGE);
            page.setProperty(ContentNode.TEMPLATE, "childcare-site:pages/section");
            page.setProperty("title", "Infos pratiques");
            return null;
        });
        addText(path, "main", "Le relais petite enfance vous reçoit le jeudi.");
        assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);

        this.publications.publish(path, "redaction", null);

        MvcResult result = this.mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Le relais petite enfance vous reçoit le jeudi.")
            .contains("<title>Infos pratiques – ");
    }

    @Test
    void pageOfTheServiceShouldNotBeShownEmptyAtItsOwnAddress() throws Exception {
        // The ad page's frame is a page of the tree; without an ad it has nothing to
        // show.
        MvcResult result = this.mvc.perform(get(SitePaths.SECTION + "/lien-invalide")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Page introuvable");
    }

    @Test
    void scriptInStoredRichTextShouldNeverReachResidents() throws Exception {
        String page = SitePaths.FORGOTTEN_PASSWORD;
        addText(page, "aside",
                "<p onclick=\"steal()\">Besoin d’aide ?<script>steal()</script> <strong>Appelez-nous</strong></p>");
        this.publications.publish(page, "redaction", null);

        String body = body(page);

        assertThat(body).contains("<strong>Appelez-nous</strong>").doesNotContain("steal()");
    }

    @Test
    void uploadedImageShouldBeServedToResidentsAndNothingElse() throws Exception {
        String page = SitePaths.REGISTERED;
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 };
        this.website.author().write((session) -> {
            Node area = area(session.getNode(page), "aside");
            Node component = area.addNode("photo" + System.nanoTime(), ContentNode.COMPONENT);
            component.setProperty(ContentNode.TEMPLATE, "childcare-site:components/richText");
            component.setProperty("text", "<p>Bienvenue</p>");
            ContentNodes.add(component, new ContentNode("image", "", "", ContentNode.RESOURCE, Map.of(), List.of(),
                    new ContentNode.Binary("image/png", "accueil.png", png.length, png)));
            ContentNodes.add(component, new ContentNode("script", "", "", ContentNode.RESOURCE, Map.of(), List.of(),
                    new ContentNode.Binary("text/html", "x.html", 4, "<b/>".getBytes())));
            return null;
        });
        this.publications.publish(page, "redaction", null);
        String imagePath = this.website.livePage(page)
            .orElseThrow()
            .child("aside")
            .orElseThrow()
            .components()
            .get(0)
            .child("image")
            .orElseThrow()
            .path();

        MvcResult image = this.mvc.perform(get("/.binary" + imagePath)).andReturn();
        MvcResult script = this.mvc.perform(get("/.binary" + imagePath.replace("/image", "/script"))).andReturn();
        MvcResult junk = this.mvc.perform(get("/.binary/services-en-ligne/[garde]")).andReturn();

        assertThat(image.getResponse().getStatus()).isEqualTo(200);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png);
        assertThat(script.getResponse().getStatus()).isEqualTo(404);
        assertThat(junk.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publishingUnderAnUnpublishedParentShouldBeRefused() {
        String parent = SitePaths.SECTION + "/brouillon-" + System.nanoTime();
        this.website.author().write((session) -> {
            Node page = session.getNode(SitePaths.SECTION)
                .addNode(parent.substring(parent.lastIndexOf('/') + 1), ContentNode.PAGE);
            page.setProperty(ContentNode.TEMPLATE, "childcare-site:pages/section");
            page.addNode("enfant", ContentNode.PAGE).setProperty(ContentNode.TEMPLATE, "childcare-site:pages/section");
            return null;
        });

        assertThatThrownBy(() -> this.publications.publish(parent + "/enfant", "redaction", null))
            .isInstanceOf(PublicationException.class);
        assertThat(this.website.livePage(parent + "/enfant")).isEmpty();
    }

    private void addText(String page, String areaName, String html) {
        this.website.author().write((session) -> {
            Node area = area(session.getNode(page), areaName);
            Node component = area.addNode("texte" + System.nanoTime(), ContentNode.COMPONENT);
            component.setProperty(ContentNode.TEMPLATE, "childcare-site:components/richText");
            component.setProperty("text", html.startsWith("<") ? html : "<p>" + html + "</p>");
            return null;
        });
    }

    private static Node area(Node page, String name) throws javax.jcr.RepositoryException {
        return page.hasNode(name) ? page.getNode(name) : page.addNode(name, ContentNode.AREA);
    }

    /** The published page's own texts, as a comparable value. */
    private String publishedText(String page) {
        ContentNode live = this.website.livePage(page).orElseThrow();
        List<Object> texts = new ArrayList<>();
        live.allComponents().forEach((component) -> texts.add(new LinkedHashMap<>(component.properties())));
        return texts.toString();
    }

    private String body(String path) throws Exception {
        return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

}
