package org.opencity.childcare.webapp.rendering;

/** Whom a page is rendered for. */
public enum RenderMode {

    /** Residents: the published page. */
    LIVE,

    /**
     * An editor's preview of the draft: components the service fills for each visitor
     * show as a placeholder, and uploaded files come from the draft.
     */
    PREVIEW

}
