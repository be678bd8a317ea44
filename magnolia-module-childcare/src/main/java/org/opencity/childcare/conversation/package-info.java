/**
 * Conversations between two members about one ad: contact, replies in the site, mail
 * notices without anyone's address, and blocking.
 */
@NullMarked
package org.opencity.childcare.conversation;

import org.jspecify.annotations.NullMarked;
