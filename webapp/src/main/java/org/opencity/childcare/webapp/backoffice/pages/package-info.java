/**
 * The page editor of the back office: communication staff change the section's pages
 * (their properties and the components of their areas, through forms generated from the
 * dialog definitions), preview the draft, publish it and bring back an earlier
 * publication.
 */
@NullMarked
package org.opencity.childcare.webapp.backoffice.pages;

import org.jspecify.annotations.NullMarked;
