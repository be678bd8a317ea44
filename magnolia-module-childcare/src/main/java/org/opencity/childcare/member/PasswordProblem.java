package org.opencity.childcare.member;

/**
 * Why {@link PasswordPolicy} refused a password, each with a message that tells the
 * person what to choose instead.
 */
public enum PasswordProblem {

    /** Fewer than {@value PasswordPolicy#MIN_LENGTH} characters. */
    TOO_SHORT("tooShort"),

    /** More than {@value PasswordPolicy#MAX_LENGTH} characters. */
    TOO_LONG("tooLong"),

    /**
     * A password that appears in lists of common passwords, possibly with digits around
     * it.
     */
    TOO_COMMON("tooCommon"),

    /** Contains the person's e-mail address, identifier or name. */
    CONTAINS_PERSONAL_DATA("containsPersonalData"),

    /**
     * Long enough but built from patterns an attacker tries early (words, dates, keyboard
     * rows).
     */
    TOO_GUESSABLE("tooGuessable");

    private final String key;

    PasswordProblem(String key) {
        this.key = key;
    }

    /**
     * The message bundle key of the text shown to the person under the password field.
     */
    public String messageKey() {
        return "childcare.password.problem." + this.key;
    }

}
