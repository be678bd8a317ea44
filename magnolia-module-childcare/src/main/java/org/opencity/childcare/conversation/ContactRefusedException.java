package org.opencity.childcare.conversation;

/**
 * A message that may not be sent, for a reason the member is told in plain words.
 */
public class ContactRefusedException extends RuntimeException {

    private final Refusal refusal;

    public ContactRefusedException(Refusal refusal) {
        super("Message refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return this.refusal;
    }

    /**
     * Why a message is refused; each has a text under
     * {@code childcare.conversation.refused.<NAME>}.
     */
    public enum Refusal {

        /** The writer's account is not active (suspended or closed since logging in). */
        NOT_ACTIVE,

        /** The ad is the writer's own. */
        OWN_AD,

        /** The ad is out of the listings (expired, withdrawn, closed, removed…). */
        AD_NOT_LISTED,

        /** The other member blocked the writer. */
        BLOCKED,

        /** The writer blocked the other member; they must unblock first. */
        YOU_BLOCKED,

        /** The other member's account is no longer active. */
        RECIPIENT_UNAVAILABLE,

        /** Too many new conversations in the last 24 hours. */
        TOO_MANY_CONVERSATIONS

    }

}
