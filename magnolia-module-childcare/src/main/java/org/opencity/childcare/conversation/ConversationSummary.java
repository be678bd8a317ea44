package org.opencity.childcare.conversation;

import java.time.Instant;

/**
 * One line of a member's conversations: the ad, who the other member is (first name
 * only), when the last message came and how many the member has not read.
 *
 * @param otherFirstName empty once the other member left the service
 * @param otherLeft whether the other member deleted their account (or had it deleted)
 */
public record ConversationSummary(String id, String adTitle, String otherFirstName, boolean otherLeft,
        Instant lastMessageAt, int unread) {

    public boolean hasUnread() {
        return this.unread > 0;
    }

}
