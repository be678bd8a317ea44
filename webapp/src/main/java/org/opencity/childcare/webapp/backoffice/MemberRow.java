package org.opencity.childcare.webapp.backoffice;

/**
 * One line of the back-office member list.
 *
 * @param path the member's back-office page
 * @param name first and last name
 * @param identifier the login identifier, or a word saying there is none yet
 * @param status the status's name, for styling
 * @param registered when they applied
 */
public record MemberRow(String path, String name, String identifier, String email, String kind, String status,
        String statusLabel, String registered) {

}
