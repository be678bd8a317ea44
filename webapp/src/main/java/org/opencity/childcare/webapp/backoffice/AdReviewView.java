package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.Nullable;

/**
 * An ad review task as its page shows it: the ad, the claim, the decision if taken.
 *
 * @param title the ad's title
 * @param decision "Publiée par … le …" once decided; null while the ad waits
 * @param claimedBy who took the task, if anyone
 * @param claimedByMe whether the signed-in webmaster took it
 * @param paths the form actions: {@code claim}, {@code approve}, {@code reject}
 */
public record AdReviewView(String title, @Nullable String decision, @Nullable String claimedBy, boolean claimedByMe,
        AdDetailsView ad, TaskView.Paths paths) {

    public boolean decided() {
        return this.decision != null;
    }

}
