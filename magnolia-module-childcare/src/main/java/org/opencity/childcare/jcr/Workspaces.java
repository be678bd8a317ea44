package org.opencity.childcare.jcr;

/**
 * Names of the JCR workspaces the module uses. The module descriptor must declare each of
 * them.
 */
public final class Workspaces {

    /** Members, ads, tasks, conversations and the audit trail. */
    public static final String CHILDCARE = "childcare";

    private Workspaces() {
    }

}
