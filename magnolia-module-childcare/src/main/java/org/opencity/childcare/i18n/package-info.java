/**
 * Message bundles shared by templates, mails and validation, French first.
 */
@NullMarked
package org.opencity.childcare.i18n;

import org.jspecify.annotations.NullMarked;
