package org.opencity.childcare.apitoken;

/**
 * A token just created, with its secret: the only moment the secret exists outside the
 * client that receives it.
 *
 * @param secret the value the client sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + this.token.id() + "]";
    }

}
