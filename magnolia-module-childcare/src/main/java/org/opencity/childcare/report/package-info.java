/**
 * Members' reports about an ad or another member, each handed to webmasters as an inbox
 * task and decided there: dismissed, or the ad removed.
 */
@NullMarked
package org.opencity.childcare.report;

import org.jspecify.annotations.NullMarked;
