package org.opencity.childcare.conversation;

import java.time.Instant;

/**
 * A conversation between the member who wrote about an ad and the ad's owner. Only these
 * two take part; anyone else is told it does not exist.
 *
 * @param id the repository identifier, random and not guessable
 * @param adTitle the ad's title when the conversation started, kept for when the ad is
 * gone
 * @param starterId the member who wrote first, about someone else's ad
 * @param ownerId the ad's owner
 * @param unreadByStarter messages the starter has not read yet
 * @param unreadByOwner messages the owner has not read yet
 */
public record Conversation(String id, String adId, String adTitle, String starterId, String ownerId, Instant createdAt,
        Instant lastMessageAt, int unreadByStarter, int unreadByOwner) {

    public boolean hasParticipant(String memberId) {
        return this.starterId.equals(memberId) || this.ownerId.equals(memberId);
    }

    /** The other participant; refuses a member who does not take part. */
    public String otherThan(String memberId) {
        if (this.starterId.equals(memberId)) {
            return this.ownerId;
        }
        if (this.ownerId.equals(memberId)) {
            return this.starterId;
        }
        throw new IllegalArgumentException("Member '" + memberId + "' is not in conversation '" + this.id + "'");
    }

    /** How many messages {@code memberId} has not read yet. */
    public int unreadBy(String memberId) {
        return this.starterId.equals(memberId) ? this.unreadByStarter
                : this.ownerId.equals(memberId) ? this.unreadByOwner : 0;
    }

}
