package org.opencity.childcare.webapp.backoffice.pages;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which repository paths the page editor accepts from a request: the section's own pages
 * and what they hold, written as plain segments. Anything else (a path outside the
 * section, JCR syntax, {@code ..}) is treated as not found before the repository is
 * asked.
 */
final class EditablePaths {

    /**
     * Segments of letters, digits, hyphens and underscores, as page and node names are.
     */
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9][A-Za-z0-9_-]{0,99}){1,30}");

    /** A new page's name, which becomes a segment of its address. */
    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final int PAGE_NAME_MAX = 60;

    private EditablePaths() {
    }

    /** The path, if it is the site root or below it and well formed. */
    static Optional<String> within(String siteRoot, @Nullable String path) {
        if (path == null || path.length() > 1000 || !PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        if (!path.equals(siteRoot) && !path.startsWith(siteRoot + "/")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /**
     * Whether a new page may be called so: lowercase letters, digits and single hyphens.
     */
    static boolean isPageName(String name) {
        return name.length() <= PAGE_NAME_MAX && PAGE_NAME.matcher(name).matches();
    }

    static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

}
