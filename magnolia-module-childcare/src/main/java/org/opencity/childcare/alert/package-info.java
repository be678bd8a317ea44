/**
 * Saved searches and their mail alerts: a member keeps a search and is told by mail of
 * new ads that match it, at once or in a daily digest, with a one-click link to stop.
 */
@NullMarked
package org.opencity.childcare.alert;

import org.jspecify.annotations.NullMarked;
