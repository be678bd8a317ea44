/**
 * Personal API tokens: a member's long-lived credentials for the headless API, with a
 * name, a scope and an expiry date, shown once and stored hashed.
 */
@NullMarked
package org.opencity.childcare.apitoken;

import org.jspecify.annotations.NullMarked;
