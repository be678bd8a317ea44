package org.opencity.childcare.token;

/**
 * A link that cannot be used, with the reason the holder is told.
 */
public class InvalidTokenException extends RuntimeException {

    private final TokenState state;

    public InvalidTokenException(TokenState state) {
        super("Link cannot be used: " + state);
        this.state = state;
    }

    public TokenState state() {
        return this.state;
    }

}
