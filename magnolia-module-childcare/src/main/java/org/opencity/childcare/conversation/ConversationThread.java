package org.opencity.childcare.conversation;

import java.util.List;

/**
 * A conversation as one of its two members reads it.
 *
 * @param memberId the member reading
 * @param adTitle the ad's current title, or its title when the conversation started if
 * the ad is gone
 * @param adListed whether the ad is still in the listings
 * @param otherFirstName the other member's first name, the only name members see here
 * @param otherActive whether the other member can still receive messages
 * @param otherLeft whether the other member deleted their account (or had it deleted):
 * their messages are gone, and no one can write here any more
 * @param blockedByMe whether the reader blocked the other member
 * @param blockedMe whether the other member blocked the reader
 * @param messages oldest first
 */
public record ConversationThread(Conversation conversation, String memberId, String adTitle, boolean adListed,
        String otherFirstName, boolean otherActive, boolean otherLeft, boolean blockedByMe, boolean blockedMe,
        List<Message> messages) {

    public ConversationThread {
        messages = List.copyOf(messages);
    }

    /** Whether the reader may write here now. */
    public boolean canReply() {
        return this.otherActive && !this.otherLeft && !this.blockedByMe && !this.blockedMe;
    }

    public boolean isMine(Message message) {
        return message.senderId().equals(this.memberId);
    }

}
