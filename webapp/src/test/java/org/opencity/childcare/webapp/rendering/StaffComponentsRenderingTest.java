package org.opencity.childcare.webapp.rendering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.ContentNodes;
import org.opencity.childcare.webapp.website.Publications;
import org.opencity.childcare.webapp.website.WebsiteContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The blocks communication staff place on the section's pages, as residents get them: the
 * words they read, the headings, lists and links they navigate by, and nothing an editor
 * typed (or pasted) that could run in their browser.
 */
@ApplicationTest
class StaffComponentsRenderingTest {

    private static final String PAGE = SitePaths.SECTION + "/infos-familles";

    private static final String COMPONENT = PAGE + "/intro/0";

    private final PageRenderer renderer;

    private final MockMvc mvc;

    private final WebsiteContent website;

    private final Publications publications;

    @Autowired
    StaffComponentsRenderingTest(PageRenderer renderer, MockMvc mvc, WebsiteContent website,
            Publications publications) {
        this.renderer = renderer;
        this.mvc = mvc;
        this.website = website;
        this.publications = publications;
    }

    @Test
    void richTextShouldShowItsHeadingAndFormattedText() throws Exception {
        Element block = renderOne("richText", Map.of("title", "Le relais petite enfance", "text",
                "<p>Des <strong>permanences</strong> chaque jeudi.</p><ul><li>Sans rendez-vous</li></ul>"));

        assertThat(block.selectFirst("h2").text()).isEqualTo("Le relais petite enfance");
        assertThat(block.selectFirst("p strong").text()).isEqualTo("permanences");
        assertThat(block.select("ul li").eachText()).containsExactly("Sans rendez-vous");
    }

    @Test
    void richTextShouldEscapeItsHeadingAndDropScriptsAndHandlersFromItsText() throws Exception {
        String html = renderPage(RenderMode.LIVE, Locale.FRENCH,
                component("richText", Map.of("title", "Horaires <script>steal()</script>", "text",
                        "<p onclick=\"steal()\">Ouvert <strong>le jeudi</strong><script>steal()</script></p>")));
        Element block = main(html).selectFirst(".text-block");

        assertThat(block.selectFirst("h2").text()).isEqualTo("Horaires <script>steal()</script>");
        assertThat(html).contains("Horaires &lt;script&gt;steal()&lt;/script&gt;");
        assertThat(block.select("script, [onclick]")).isEmpty();
        assertThat(block.selectFirst(".text-block__body p").html()).isEqualTo("Ouvert <strong>le jeudi</strong>");
    }

    @Test
    void imageShouldShowTheUploadedFileWithItsTextAlternativeAndCaption() throws Exception {
        Element figure = renderOne("image",
                Map.of("alt", "Deux enfants jouent au parc avec leur nounou", "caption", "Photo : Ville, 2026"),
                image());

        Element img = figure.selectFirst("img");
        assertThat(figure.tagName()).isEqualTo("figure");
        assertThat(img.attr("src")).startsWith("/.binary" + COMPONENT + "/image");
        assertThat(img.attr("alt")).isEqualTo("Deux enfants jouent au parc avec leur nounou");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Photo : Ville, 2026");
    }

    @Test
    void decorativeImageShouldBeSkippedByScreenReaders() throws Exception {
        Element figure = renderOne("image", Map.of("alt", "Motif", "decorative", Boolean.TRUE), image());

        Element img = figure.selectFirst("img");
        assertThat(img.hasAttr("alt")).isTrue();
        assertThat(img.attr("alt")).isEmpty();
    }

    @Test
    void imageWithoutFileOrTextAlternativeShouldNotBeShownToResidents() throws Exception {
        String withoutFile = renderPage(RenderMode.LIVE, Locale.FRENCH,
                component("image", Map.of("alt", "Une crèche")));
        String withoutAlt = renderPage(RenderMode.LIVE, Locale.FRENCH, component("image", Map.of(), image()));
        String preview = renderPage(RenderMode.PREVIEW, Locale.FRENCH, component("image", Map.of(), image()));

        assertThat(main(withoutFile).select("img, figure")).isEmpty();
        assertThat(main(withoutAlt).select("img, figure")).isEmpty();
        assertThat(main(preview).text()).contains("Cette image n’est pas affichée aux visiteurs");
    }

    @Test
    void linkListShouldShowOnlyCompleteLinksAsAList() throws Exception {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("title", "Pour aller plus loin");
        links.put("link1Text", "Le site de la CAF");
        links.put("link1", "https://www.caf.fr/allocataires?theme=garde&age=3");
        links.put("link2Text", "Sans adresse");
        links.put("link3", "/services-en-ligne/sans-texte");
        links.put("link4Text", "S’inscrire au service");
        links.put("link4", SitePaths.REGISTER);

        Element block = renderOne("linkList", links);

        assertThat(block.selectFirst("h2").text()).isEqualTo("Pour aller plus loin");
        assertThat(block.select("ul > li").eachText()).containsExactly("Le site de la CAF", "S’inscrire au service");
        assertThat(block.select("ul a").eachAttr("href"))
            .containsExactly("https://www.caf.fr/allocataires?theme=garde&age=3", SitePaths.REGISTER);
        assertThat(block.select("a[target]")).isEmpty();
    }

    @Test
    void linkListShouldNeverMakeAScriptAddressALink() throws Exception {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("link1Text", "Piège 1");
        links.put("link1", "javascript:alert(document.cookie)");
        links.put("link2Text", "Piège 2");
        links.put("link2", " JaVaScRiPt:alert(1)");
        links.put("link3Text", "Piège 3");
        links.put("link3", "data:text/html,<script>alert(1)</script>");
        links.put("link4Text", "Le service");
        links.put("link4", "//autre-site.example/garde");

        String live = renderPage(RenderMode.LIVE, Locale.FRENCH, component("linkList", links));
        links.put("link4", SitePaths.SECTION);
        String preview = renderPage(RenderMode.PREVIEW, Locale.FRENCH, component("linkList", links));

        assertThat(live.toLowerCase(Locale.ROOT)).doesNotContain("javascript:").doesNotContain("data:text");
        assertThat(main(live).select(".link-block")).isEmpty();
        assertThat(main(preview).select(".link-block a").eachText()).containsExactly("Le service");
        assertThat(main(preview).selectFirst(".link-block .notice").text()).contains("Piège 1, Piège 2, Piège 3");
        assertThat(preview.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript:");
    }

    @Test
    void contactShouldGiveTheAddressLineByLineAndCallableLinks() throws Exception {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("organisation", "Relais petite enfance");
        contact.put("address", "Hôtel de ville\r\n1 place <de> la Mairie\n\n12345 Ville");
        contact.put("phone", "01 23 45 67 89");
        contact.put("email", "rpe@ville.example");
        contact.put("hours", "Lundi : 9 h – 12 h\nJeudi : 14 h – 18 h");

        Element block = renderOne("contact", contact);

        assertThat(block.selectFirst("h2").text()).isEqualTo("Nous contacter");
        Element address = block.selectFirst("address");
        assertThat(address.selectFirst(".contact-block__name").text()).isEqualTo("Relais petite enfance");
        assertThat(lines(address.select("p").get(1))).containsExactly("Hôtel de ville", "1 place <de> la Mairie",
                "12345 Ville");
        assertThat(address.selectFirst("a[href=tel:0123456789]").text()).isEqualTo("01 23 45 67 89");
        assertThat(address.selectFirst("a[href=mailto:rpe@ville.example]").text()).isEqualTo("rpe@ville.example");
        assertThat(address.text()).contains("Téléphone : 01 23 45 67 89", "Courriel : rpe@ville.example");
        assertThat(block.selectFirst("h3").text()).isEqualTo("Horaires d’ouverture");
        assertThat(lines(block.selectFirst("h3 + p"))).containsExactly("Lundi : 9 h – 12 h", "Jeudi : 14 h – 18 h");
    }

    @Test
    void contactShouldEscapeWhatEditorsTypeAndLinkOnlyRealAddresses() throws Exception {
        Element block = renderOne("contact", Map.of("title", "Accueil <img src=x onerror=steal()>", "phone",
                "voir l’accueil", "email", "javascript:steal()//@x", "hours", "<b>Fermé</b> en août"));

        assertThat(block.selectFirst("h2").text()).isEqualTo("Accueil <img src=x onerror=steal()>");
        assertThat(block.select("img, b, [onerror]")).isEmpty();
        assertThat(block.select("a")).isEmpty();
        assertThat(block.text()).contains("voir l’accueil", "javascript:steal()//@x", "<b>Fermé</b> en août");
    }

    @Test
    void noticeShouldSayItsLevelInWordsBeforeItsTitleAndItsEndDate() throws Exception {
        Element notice = renderOne("notice", Map.of("title", "Fermeture le 24 décembre", "level", "important", "text",
                "<p>Le relais est <strong>fermé</strong> toute la journée.</p>", "until", date(2027, 1, 12)));

        assertThat(notice.tagName()).isEqualTo("section");
        assertThat(notice.hasClass("announcement--important")).isTrue();
        assertThat(notice.attr("role")).isEmpty();
        assertThat(notice.selectFirst("h2").text()).isEqualTo("Important : Fermeture le 24 décembre");
        assertThat(notice.selectFirst(".announcement__body strong").text()).isEqualTo("fermé");
        assertThat(notice.selectFirst(".announcement__until").text()).isEqualTo("Jusqu’au 12 janvier 2027");
        assertThat(notice.selectFirst("time").attr("datetime")).isEqualTo("2027-01-12");
    }

    @Test
    void noticeShouldBeAStatusForInformationAndNeverAnAlert() throws Exception {
        String html = renderPage(RenderMode.LIVE, Locale.FRENCH,
                component("notice", Map.of("title", "Nouveaux horaires", "level", "info")),
                component("notice", Map.of("title", "Pièces à fournir", "level", "warning")),
                component("notice", Map.of("title", "Sans niveau connu", "level", "\"><script>steal()</script>")));
        List<Element> notices = main(html).select(".announcement");

        assertThat(notices).extracting((notice) -> notice.selectFirst("h2").text())
            .containsExactly("Information : Nouveaux horaires", "Attention : Pièces à fournir",
                    "Information : Sans niveau connu");
        assertThat(notices).extracting((notice) -> notice.attr("role")).containsExactly("status", "", "status");
        assertThat(notices.get(1).hasClass("announcement--warning")).isTrue();
        assertThat(main(html).select("[role=alert], script")).isEmpty();
    }

    @Test
    void noticeShouldSpeakTheVisitorsLanguage() throws Exception {
        String html = renderPage(RenderMode.LIVE, Locale.ENGLISH,
                component("notice", Map.of("title", "Office closed", "level", "warning", "until", date(2027, 1, 12))));
        Element notice = main(html).selectFirst(".announcement");

        assertThat(notice.selectFirst("h2").text()).isEqualTo("Warning: Office closed");
        assertThat(notice.selectFirst(".announcement__until").text()).isEqualTo("Until 12 January 2027");
    }

    @Test
    void everyBlockShouldReachResidentsOnceThePageIsPublished() throws Exception {
        String name = "infos-pratiques-" + System.nanoTime();
        String path = SitePaths.SECTION + "/" + name;
        ContentNode page = page(name, path,
                component("notice", Map.of("title", "Permanence exceptionnelle", "level", "important")),
                component("richText", Map.of("title", "Trouver une garde", "text", "<p>Le relais vous aide.</p>")),
                component("image", Map.of("alt", "Le relais petite enfance"), image()),
                component("linkList", Map.of("link1Text", "Mon compte", "link1", SitePaths.LOGIN)),
                component("contact", Map.of("organisation", "Relais petite enfance", "phone", "01 23 45 67 89")));
        this.website.author().write((session) -> ContentNodes.add(session.getNode(SitePaths.SECTION), page));
        this.publications.publish(path, "redaction", null);

        MvcResult result = this.mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Element main = main(result.getResponse().getContentAsString());
        assertThat(main.select(".component").eachAttr("class")).containsExactly(
                "component announcement announcement--important", "component text-block", "component image-block",
                "component link-block", "component contact-block");
        assertThat(main.select("h2").eachText()).containsExactly("Important : Permanence exceptionnelle",
                "Trouver une garde", "Nous contacter");
        assertThat(main.selectFirst("img").attr("alt")).isEqualTo("Le relais petite enfance");
        MvcResult file = this.mvc.perform(get(main.selectFirst("img").attr("src"))).andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(main.selectFirst(".link-block a").attr("href")).isEqualTo(SitePaths.LOGIN);
        assertThat(main.selectFirst("a[href^=tel:]").text()).isEqualTo("01 23 45 67 89");
    }

    /** Renders a page holding the one component and returns that component's element. */
    private Element renderOne(String name, Map<String, Object> properties, ContentNode... children) throws Exception {
        Element main = main(renderPage(RenderMode.LIVE, Locale.FRENCH, component(name, properties, children)));
        assertThat(main.select(".component")).as("one rendered block").hasSize(1);
        return main.selectFirst(".component");
    }

    private String renderPage(RenderMode mode, Locale locale, ContentNode... components) throws Exception {
        return this.renderer.render(page("infos-familles", PAGE, components), null, Map.of(),
                new MockHttpServletRequest("GET", PAGE), locale, mode);
    }

    private static ContentNode page(String name, String path, ContentNode... components) {
        String areaPath = path + "/intro";
        List<ContentNode> placed = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            placed.add(at(components[i], areaPath + "/" + i));
        }
        ContentNode area = new ContentNode("intro", areaPath, "", ContentNode.AREA, Map.of(), placed, null);
        return new ContentNode(name, path, "", ContentNode.PAGE,
                Map.of(ContentNode.TEMPLATE, "childcare-site:pages/section", "title", "Infos familles"), List.of(area),
                null);
    }

    private static ContentNode component(String name, Map<String, Object> properties, ContentNode... children) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put(ContentNode.TEMPLATE, "childcare-site:components/" + name);
        return new ContentNode("", "", "", ContentNode.COMPONENT, all, List.of(children), null);
    }

    /** The component, and its uploaded file, named and placed at {@code path}. */
    private static ContentNode at(ContentNode component, String path) {
        List<ContentNode> children = component.children()
            .stream()
            .map((child) -> new ContentNode(child.name(), path + "/" + child.name(), "", child.nodeType(),
                    child.properties(), child.children(), child.binary()))
            .toList();
        return new ContentNode(path.substring(path.lastIndexOf('/') + 1), path, "", ContentNode.COMPONENT,
                component.properties(), children, null);
    }

    private static ContentNode image() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 };
        return new ContentNode("image", "", "", ContentNode.RESOURCE, Map.of("fileName", "relais.png"), List.of(),
                new ContentNode.Binary("image/png", "relais.png", png.length, png));
    }

    private static Date date(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** A paragraph's lines as they show: text between line breaks, no markup inside. */
    private static List<String> lines(Element paragraph) {
        assertThat(paragraph.children()).allSatisfy((child) -> assertThat(child.tagName()).isEqualTo("br"));
        return paragraph.textNodes().stream().map(TextNode::text).toList();
    }

    private static Element main(String html) {
        Document document = Jsoup.parse(html);
        return document.selectFirst("main");
    }

}
