/**
 * Crash safety: the host in a process of its own, killed with SIGKILL under load and
 * started again, keeps every write it acknowledged.
 */
@NullMarked
package org.opencity.childcare.webapp.crash;

import org.jspecify.annotations.NullMarked;
