package org.opencity.childcare.jcr;

import java.util.List;

/**
 * The top-level folders of the {@code childcare} workspace. They are created once, when
 * the module starts, because two sessions adding the same folder under the workspace root
 * at the same time would both succeed and leave two folders of one name.
 */
public final class WorkspaceLayout {

    /** Every top-level folder the module writes below. */
    public static final List<String> ROOT_FOLDERS = List.of("/members", "/ads", "/tasks", "/audit", "/tokens",
            "/index/emails", "/index/identifiers", "/staff", "/conversations", "/searches", "/reports");

    private WorkspaceLayout() {
    }

    /** Creates the folders that do not exist yet; harmless to run at every start. */
    public static void ensure(JcrTemplate jcr) {
        ROOT_FOLDERS.forEach(jcr::ensureFolders);
    }

}
