package org.opencity.childcare.webapp.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.site.SitePaths;

/**
 * Two separate logins: staff in the back-office, members in the public section. Each has
 * its own filter chain, account store and throttle key, so members and staff never share
 * a role. The staff login has a second step after the password, a code from an
 * authenticator application ({@link SecondFactorLogins}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String BACKOFFICE = "/backoffice";

    public static final String BACKOFFICE_LOGIN = BACKOFFICE + "/connexion";

    public static final String ACCESS_DENIED = "/acces-refuse";

    /**
     * The flag of the staff login page after a session ended because the account was
     * disabled.
     */
    public static final String STAFF_DISABLED = "compte-desactive";

    /**
     * The flag of the staff login page after a session ended because the account's
     * password or second factor changed.
     */
    public static final String STAFF_SESSION_ENDED = "session-terminee";

    /** How the throttle names staff logins: {@code staff:<user name as typed>}. */
    static final String STAFF_LOGINS = "staff";

    /** How the throttle names members' logins: {@code member:<login as typed>}. */
    static final String MEMBER_LOGINS = "member";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain backofficeChain(HttpSecurity http, StaffAccounts staff, PasswordEncoder encoder,
            LoginThrottle throttle, SecondFactorLogins secondFactor) throws Exception {
        UserDetailsService accounts = (username) -> staff.find(username)
            .map(StaffPrincipal::new)
            .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        http.securityMatcher(BACKOFFICE + "/**")
            .authorizeHttpRequests((requests) -> requests
                .requestMatchers(BACKOFFICE_LOGIN, SecondFactorLogins.CODE_PAGE, SecondFactorLogins.ENROLMENT_PAGE)
                .permitAll()
                .requestMatchers(BACKOFFICE + "/taches/**", BACKOFFICE + "/courriels/**", BACKOFFICE + "/annonces/**",
                        BACKOFFICE + "/signalements/**", BACKOFFICE + "/membres/**", BACKOFFICE + "/personnel/**")
                .hasRole(Roles.WEBMASTER)
                .anyRequest()
                .hasAnyRole(Roles.WEBMASTER, Roles.EDITOR))
            .authenticationManager(new ProviderManager(throttled(accounts, encoder, throttle, STAFF_LOGINS)))
            .formLogin((form) -> form.loginPage(BACKOFFICE_LOGIN)
                .usernameParameter("username")
                .passwordParameter("password")
                .successHandler(secondFactor.afterPassword())
                .failureHandler(new LoginFailureHandler(BACKOFFICE_LOGIN, "username")))
            .logout((logout) -> logout.logoutUrl(BACKOFFICE + "/deconnexion")
                .logoutSuccessUrl(BACKOFFICE_LOGIN + "?deconnexion"))
            .exceptionHandling(
                    (exceptions) -> exceptions.accessDeniedHandler(secondFactor.refusals(new AccessDeniedPages())))
            // A staff member disabled since logging in, or whose password or second
            // factor changed since, is logged out at their next page.
            .addFilterBefore(new ActiveStaffFilter(staff, SecurityConfiguration::toStaffLogin),
                    AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteChain(HttpSecurity http, AccountService members, PasswordEncoder encoder,
            LoginThrottle throttle) throws Exception {
        UserDetailsService accounts = (login) -> members.findByLogin(login)
            .filter((member) -> member.passwordHash() != null)
            .map(MemberPrincipal::new)
            .orElseThrow(() -> new UsernameNotFoundException("No such member"));
        // Ads are for members only; the one-click links of mails work without logging in.
        http.authorizeHttpRequests((requests) -> requests
            .requestMatchers(SitePaths.AD_RENEWAL, SitePaths.UNSUBSCRIBE, SitePaths.CONFIRM_EMAIL)
            .permitAll()
            .requestMatchers(SitePaths.ACCOUNT, SitePaths.ACCOUNT + "/**", SitePaths.ADS, SitePaths.ADS + "/**")
            .hasRole(Roles.MEMBER)
            .anyRequest()
            .permitAll())
            .authenticationManager(new ProviderManager(throttled(accounts, encoder, throttle, MEMBER_LOGINS)))
            .formLogin((form) -> form.loginPage(SitePaths.LOGIN)
                .usernameParameter("login")
                .passwordParameter("password")
                .defaultSuccessUrl(SitePaths.ACCOUNT, false)
                .failureHandler(new LoginFailureHandler(SitePaths.LOGIN, "login")))
            .logout((logout) -> logout.logoutUrl(SitePaths.LOGOUT).logoutSuccessUrl(SitePaths.LOGIN + "?deconnexion"))
            .exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AccessDeniedPages()))
            // A member suspended since logging in, or whose password changed since, is
            // logged out at their next page, and the login page says why.
            .addFilterBefore(new ActiveMembersFilter(members, SecurityConfiguration::toMemberLogin),
                    AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    private static ThrottledAuthenticationProvider throttled(UserDetailsService accounts, PasswordEncoder encoder,
            LoginThrottle throttle, String kind) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        // Say "suspended" only to someone who knows the password: check it first.
        provider.setPreAuthenticationChecks((user) -> {
        });
        provider.setPostAuthenticationChecks((user) -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account suspended");
            }
        });
        return new ThrottledAuthenticationProvider(provider, throttle, kind);
    }

    /** A member's session the filter ended goes to the login page, which says why. */
    private static void toMemberLogin(HttpServletRequest request, HttpServletResponse response,
            StoredAccountFilter.Reason reason) throws IOException {
        String flag = (reason == StoredAccountFilter.Reason.INACTIVE) ? SitePaths.SUSPENDED : SitePaths.SESSION_ENDED;
        response.sendRedirect(request.getContextPath() + SitePaths.LOGIN + "?" + flag);
    }

    /** A staff session the filter ended goes to the login page, which says why. */
    private static void toStaffLogin(HttpServletRequest request, HttpServletResponse response,
            StoredAccountFilter.Reason reason) throws IOException {
        String flag = (reason == StoredAccountFilter.Reason.INACTIVE) ? STAFF_DISABLED : STAFF_SESSION_ENDED;
        response.sendRedirect(request.getContextPath() + BACKOFFICE_LOGIN + "?" + flag);
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

}
