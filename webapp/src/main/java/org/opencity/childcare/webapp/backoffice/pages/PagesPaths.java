package org.opencity.childcare.webapp.backoffice.pages;

import org.opencity.childcare.webapp.security.SecurityConfiguration;

/**
 * The page editor's addresses. Pages and components are named by their repository path in
 * the {@code chemin} parameter, which is also their address on the site.
 */
public final class PagesPaths {

    /** The page tree. */
    public static final String TREE = SecurityConfiguration.BACKOFFICE + "/pages";

    static final String NEW_PAGE = TREE + "/nouvelle";

    static final String DELETE_PAGE = TREE + "/supprimer";

    static final String PAGE = TREE + "/modifier";

    static final String PREVIEW = TREE + "/apercu";

    /** The draft's uploaded images, for the preview and the component form. */
    static final String FILE = TREE + "/fichier";

    static final String PUBLISH = TREE + "/publier";

    static final String HISTORY = TREE + "/historique";

    static final String RESTORE = TREE + "/restaurer";

    static final String COMPONENT = TREE + "/composant";

    static final String NEW_COMPONENT = COMPONENT + "/nouveau";

    static final String MOVE_COMPONENT = COMPONENT + "/deplacer";

    static final String DELETE_COMPONENT = COMPONENT + "/supprimer";

    /** The parameter naming a page or a component by its path. */
    static final String PATH = "chemin";

    private PagesPaths() {
    }

}
