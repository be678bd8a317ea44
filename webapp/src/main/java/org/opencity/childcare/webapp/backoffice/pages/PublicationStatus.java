package org.opencity.childcare.webapp.backoffice.pages;

import java.util.Date;
import java.util.Map;

/**
 * Where a page's draft stands against what residents see, from the dates Magnolia keeps
 * on the page: {@code mgnl:lastActivated} (set on publishing) and
 * {@code mgnl:lastModified} (set by every change in the editor).
 */
enum PublicationStatus {

    PUBLISHED, MODIFIED, NEVER_PUBLISHED;

    static final String LAST_MODIFIED = "mgnl:lastModified";

    static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";

    static final String LAST_ACTIVATED = "mgnl:lastActivated";

    static final String ACTIVATION_STATUS = "mgnl:activationStatus";

    /** The status of a page with these stored properties. */
    static PublicationStatus of(Map<String, Object> properties) {
        Object activated = properties.get(LAST_ACTIVATED);
        Object status = properties.get(ACTIVATION_STATUS);
        // Unpublishing keeps the date of the last publication but sets the status to 0.
        boolean offline = status != null && "0".equals(status.toString());
        if (!(activated instanceof Date published) || offline) {
            return NEVER_PUBLISHED;
        }
        Object modified = properties.get(LAST_MODIFIED);
        return (modified instanceof Date changed && changed.after(published)) ? MODIFIED : PUBLISHED;
    }

    /** The message key of the status's label. */
    String labelKey() {
        return "backoffice.pages.status." + name();
    }

}
