package org.opencity.childcare.webapp.api;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;

import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.webapp.security.ActiveMembersFilter;
import org.opencity.childcare.webapp.security.ActiveStaffFilter;
import org.opencity.childcare.webapp.security.Roles;
import org.opencity.childcare.webapp.security.StaffAccounts;
import org.opencity.childcare.webapp.security.StoredAccountFilter;

/**
 * The API's own filter chain, ahead of the back office's and the site's: a personal API
 * token ({@code Authorization: Bearer}) for this request only, or the browser session of
 * a member or of staff, with the CSRF token ({@code X-CSRF-TOKEN} header) required on
 * writes made with a session. It never creates a session nor redirects to a login page:
 * every refusal is a problem document (401, 403), and writes are rate-limited. A member
 * suspended since is refused with a 403 {@code account-inactive} problem at their next
 * call, token or session (which then ends); so is a staff session whose account was
 * disabled since, and one opened before the account's password or second factor changed
 * is asked to authenticate again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProblems problems, ApiProperties properties,
            AccountService accounts, StaffAccounts staff, Clock clock) throws Exception {
        ApiProperties.RateLimit limit = properties.rateLimit();
        RateLimitFilter rateLimits = new RateLimitFilter(new RateLimiter(limit.writes(), limit.period(), clock),
                new RateLimiter(limit.writes(), limit.period(), clock), problems);
        String tasks = ApiPaths.V1 + "/tasks";
        StoredAccountFilter.Refusal refusal = (request, response, reason) -> problems.write(request, response,
                (reason == StoredAccountFilter.Reason.INACTIVE) ? ProblemKind.ACCOUNT_INACTIVE
                        : ProblemKind.UNAUTHENTICATED,
                null);
        http.securityMatcher(ApiPaths.REST + "/**")
            .authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, ApiPaths.OPENAPI)
                .permitAll()
                .requestMatchers(ApiPaths.DELIVERY + "/**")
                .hasRole(Roles.MEMBER)
                .requestMatchers(tasks, tasks + "/**", ApiPaths.V1 + "/members/**")
                .hasRole(Roles.WEBMASTER)
                .requestMatchers(ApiPaths.V1 + "/**")
                .hasRole(Roles.MEMBER)
                .anyRequest()
                .authenticated())
            .addFilterBefore(new ApiTokenFilter(tokens, problems), CsrfFilter.class)
            // A member suspended since logging in or creating the token, or a staff
            // member disabled since, is refused at once; so is a session opened before a
            // change of password.
            .addFilterBefore(new ActiveMembersFilter(accounts, refusal), AuthorizationFilter.class)
            .addFilterBefore(new ActiveStaffFilter(staff, refusal), AuthorizationFilter.class)
            .addFilterAfter(rateLimits, AuthorizationFilter.class)
            // A forged cross-site request rides on a session cookie: without a session (a
            // token, or no credentials at all) there is nothing to forge.
            .csrf((csrf) -> csrf.ignoringRequestMatchers(
                    (request) -> ApiTokenFilter.hasBearer(request) || request.getSession(false) == null))
            .sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .requestCache((cache) -> cache.disable())
            .formLogin((form) -> form.disable())
            .httpBasic((basic) -> basic.disable())
            .logout((logout) -> logout.disable())
            .exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                problems.write(request, response, ProblemKind.UNAUTHENTICATED, null);
            })
                .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                        (ex instanceof CsrfException) ? ProblemKind.CSRF : ProblemKind.FORBIDDEN, null)))
            .headers((headers) -> headers
                .contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

}
