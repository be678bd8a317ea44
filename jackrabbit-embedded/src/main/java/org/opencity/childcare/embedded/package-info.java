/**
 * An embedded Jackrabbit 2 repository with Magnolia's base node types, for where Magnolia
 * is absent.
 */
@NullMarked
package org.opencity.childcare.embedded;

import org.jspecify.annotations.NullMarked;
