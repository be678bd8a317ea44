package org.opencity.childcare.webapp.site;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of contact, conversations and reports, below the listings and the
 * member's account.
 */
final class ConversationPaths {

    /** An ad's "contact" page. */
    static final String CONTACT = SitePaths.ADS + "/{adId}/contacter";

    /** An ad's "report" page. */
    static final String REPORT_AD = SitePaths.ADS + "/{adId}/signaler";

    static final String CONVERSATION = SitePaths.CONVERSATIONS + "/{id}";

    static final String REPLY = CONVERSATION + "/repondre";

    static final String BLOCK = CONVERSATION + "/bloquer";

    static final String UNBLOCK = CONVERSATION + "/debloquer";

    /** Reporting the other member of a conversation. */
    static final String REPORT_MEMBER = CONVERSATION + "/signaler";

    private ConversationPaths() {
    }

    /** A path with its one variable filled in and encoded. */
    static String of(String pattern, String value) {
        return UriComponentsBuilder.fromPath(pattern).encode().buildAndExpand(value).toUriString();
    }

    static String ad(String adId) {
        return of(SitePaths.ADS + "/{adId}", adId);
    }

}
