/**
 * Shared JCR plumbing: sessions, workspaces, date buckets and the translation of
 * repository failures.
 */
@NullMarked
package org.opencity.childcare.jcr;

import org.jspecify.annotations.NullMarked;
