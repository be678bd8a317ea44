package org.opencity.childcare.webapp.api;

import org.opencity.childcare.apitoken.ApiScope;
import org.opencity.childcare.webapp.security.ActingMember;

/**
 * A member calling with a personal API token: who, through which token, with which scope.
 * Never stored in a session.
 */
public record ApiTokenPrincipal(String memberId, String tokenId, ApiScope scope) implements ActingMember {

}
