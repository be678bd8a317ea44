/**
 * Tests of the headless API: the delivery format against stored examples, who may call
 * what, bad input, tokens, rate limits, the OpenAPI document, and a journey over HTTP.
 */
@NullMarked
package org.opencity.childcare.webapp.api;

import org.jspecify.annotations.NullMarked;
