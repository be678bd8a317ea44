/**
 * The webmasters' workflow inbox: tasks, decisions and their audit trail.
 */
@NullMarked
package org.opencity.childcare.moderation;

import org.jspecify.annotations.NullMarked;
