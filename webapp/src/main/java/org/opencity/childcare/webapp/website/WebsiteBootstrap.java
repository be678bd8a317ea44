package org.opencity.childcare.webapp.website;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Imports the light module's bootstrap pages into the author workspace on first start and
 * publishes them, so a fresh installation shows the whole section. Pages that already
 * exist are never overwritten: after the first start, the pages belong to the editors.
 */
public final class WebsiteBootstrap {

    private static final Logger logger = LoggerFactory.getLogger(WebsiteBootstrap.class);

    /** The bootstrap file, in the light module, in Magnolia's export naming. */
    static final String FILE = "childcare-site/content-import/website.services-en-ligne.yaml";

    static final String PUBLISHER = "installation";

    private WebsiteBootstrap() {
    }

    /** Imports and publishes the pages unless the site's top page exists. */
    public static void run(Path lightModules, WebsiteContent website, Publications publications) {
        List<ContentNode> nodes = read(lightModules);
        for (ContentNode top : nodes) {
            boolean imported = website.author().write((session) -> {
                if (session.nodeExists(top.path())) {
                    return false;
                }
                Node parent = session.getNode(top.path().substring(0, top.path().lastIndexOf('/') + 1));
                ContentNodes.add(parent, top);
                return true;
            });
            if (imported) {
                List<String> pages = new ArrayList<>();
                collectPages(top, pages);
                pages.forEach((path) -> publications.publish(path, PUBLISHER, null));
                logger.info("Section pages imported and published: '{}' pages below '{}'", pages.size(), top.path());
            }
        }
    }

    private static void collectPages(ContentNode node, List<String> paths) {
        if (node.isPage()) {
            paths.add(node.path());
        }
        node.children().forEach((child) -> collectPages(child, paths));
    }

    private static List<ContentNode> read(Path lightModules) {
        Path file = lightModules.resolve(FILE);
        String name = file.getFileName().toString();
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : new ClassPathResource(FILE).getInputStream()) {
            return ContentImport.read(in, name);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the section's bootstrap pages " + FILE, ex);
        }
    }

}
