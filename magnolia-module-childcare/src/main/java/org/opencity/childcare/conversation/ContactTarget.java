package org.opencity.childcare.conversation;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.listing.Ad;

/**
 * An ad a member may write about, and the conversation their message will join if they
 * already wrote about it.
 */
public record ContactTarget(Ad ad, @Nullable String conversationId) {

}
