package org.opencity.childcare.member;

import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;

/**
 * A signed-in member typed a password that is not theirs to confirm a change: nothing was
 * changed. The errors say so next to the password field, with any other problem of the
 * form. A caller that slows down password guessing counts it as a failed login.
 */
public final class WrongPasswordException extends InvalidInputException {

    public WrongPasswordException(FieldErrors errors) {
        super(errors);
    }

}
