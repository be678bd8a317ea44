/**
 * Members: registration, verification documents, activation, passwords and credentials.
 */
@NullMarked
package org.opencity.childcare.member;

import org.jspecify.annotations.NullMarked;
