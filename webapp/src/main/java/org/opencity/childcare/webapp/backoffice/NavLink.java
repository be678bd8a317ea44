package org.opencity.childcare.webapp.backoffice;

/**
 * One entry of the back-office navigation.
 *
 * @param labelKey the message key of the link text
 * @param path the address, without the context path
 */
public record NavLink(String labelKey, String path) {

}
