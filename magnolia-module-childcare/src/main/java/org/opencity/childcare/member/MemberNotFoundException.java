package org.opencity.childcare.member;

/**
 * No member has the given identifier.
 */
public class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException(String id) {
        super("No member with id '" + id + "'");
    }

}
