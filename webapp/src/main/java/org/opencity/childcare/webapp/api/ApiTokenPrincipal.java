package org.opencity.childcare.webapp.api;

import org.opencity.childcare.apitoken.ApiScope;

/**
 * A member calling with a personal API token: who, through which token, with which scope.
 * Never stored in a session.
 */
public record ApiTokenPrincipal(String memberId, String tokenId, ApiScope scope) {

}
