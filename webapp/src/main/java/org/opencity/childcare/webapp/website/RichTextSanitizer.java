package org.opencity.childcare.webapp.website;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps only the rich-text markup editors need — paragraphs, emphasis, lists, second- and
 * third-level headings, quotes and links to web, mail or phone addresses — and drops
 * everything else, scripts and event handlers included. Applied when an editor saves and
 * again when a page is rendered, so content that reached the repository another way is
 * cleaned too.
 */
public final class RichTextSanitizer {

    private static final Safelist ALLOWED = new Safelist()
        .addTags("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h2", "h3", "blockquote", "a")
        .addAttributes("a", "href")
        .addProtocols("a", "href", "http", "https", "mailto", "tel")
        .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichTextSanitizer() {
    }

    public static String sanitize(String html) {
        return Jsoup.clean(html, "http://localhost", ALLOWED, OUTPUT);
    }

}
