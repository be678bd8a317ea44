package org.opencity.childcare.jcr;

/**
 * Names of the node types declared in {@code mgnl-nodetypes/childcare-nodetypes.xml} and
 * of the Magnolia base types they extend.
 */
public final class NodeTypes {

    public static final String NAMESPACE_PREFIX = "childcare";

    public static final String NAMESPACE_URI = "https://schemas.opencity.org/childcare/1.0";

    public static final String MEMBER = "childcare:member";

    public static final String TASK = "childcare:task";

    public static final String AUDIT_ENTRY = "childcare:auditEntry";

    public static final String TOKEN = "childcare:token";

    public static final String STAFF = "childcare:staff";

    public static final String AD = "childcare:ad";

    public static final String CONVERSATION = "childcare:conversation";

    public static final String MESSAGE = "childcare:message";

    public static final String REPORT = "childcare:report";

    public static final String SAVED_SEARCH = "childcare:savedSearch";

    /** Magnolia's folder type, used for the top-level folders and the date buckets. */
    public static final String FOLDER = "mgnl:folder";

    /** Magnolia's plain content node, used for index entries and sub-records. */
    public static final String CONTENT_NODE = "mgnl:contentNode";

    private NodeTypes() {
    }

}
