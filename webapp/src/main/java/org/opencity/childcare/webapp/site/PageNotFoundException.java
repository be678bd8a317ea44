package org.opencity.childcare.webapp.site;

/** An address of the section where no page is published. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String path) {
        super("No published page at " + path);
    }

}
