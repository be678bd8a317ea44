package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.Nullable;

/**
 * One line of the back-office ad list.
 *
 * @param path the ad's back-office page
 * @param status the status's name, for styling
 * @param owner the owner's public name and identifier
 * @param created when it was posted
 * @param expires when it leaves or left the listings; null if it was never published
 */
public record AdRow(String path, String title, String status, String statusLabel, String owner, String created,
        @Nullable String expires) {

}
