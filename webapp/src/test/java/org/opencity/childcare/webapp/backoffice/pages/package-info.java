/**
 * Tests of the page editor: its screens, its refusals, and publishing through it.
 */
@NullMarked
package org.opencity.childcare.webapp.backoffice.pages;

import org.jspecify.annotations.NullMarked;
