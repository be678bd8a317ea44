/**
 * Cross-cutting web concerns: locale, error pages, request helpers.
 */
@NullMarked
package org.opencity.childcare.webapp.web;

import org.jspecify.annotations.NullMarked;
