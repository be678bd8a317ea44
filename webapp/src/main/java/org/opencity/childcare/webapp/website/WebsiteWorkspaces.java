package org.opencity.childcare.webapp.website;

/**
 * The two workspaces of pages. Magnolia keeps what editors change on its author instance
 * and what residents see on its public instances, both in a workspace named
 * {@code website}; the host plays both roles, so the public copy has its own workspace.
 */
public final class WebsiteWorkspaces {

    /** What editors edit: Magnolia's author {@code website} workspace. */
    public static final String AUTHOR = "website";

    /** What residents see: the published pages, and the publication history. */
    public static final String PUBLIC = "website-public";

    /**
     * Where each publication's copy is kept in the public workspace, for restoring it.
     */
    public static final String HISTORY_ROOT = "/publications";

    private WebsiteWorkspaces() {
    }

}
