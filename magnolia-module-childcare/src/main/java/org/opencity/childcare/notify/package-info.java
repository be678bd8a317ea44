/**
 * Outgoing mail: a transport port and the FreeMarker mail templates.
 */
@NullMarked
package org.opencity.childcare.notify;

import org.jspecify.annotations.NullMarked;
