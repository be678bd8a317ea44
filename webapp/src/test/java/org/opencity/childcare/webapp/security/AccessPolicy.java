package org.opencity.childcare.webapp.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.AntPathMatcher;

import org.opencity.childcare.webapp.site.SitePaths;

/**
 * Who may use which route, as rules by path prefix: the intended policy, written
 * independently of {@link SecurityConfiguration} so that a change there that opens a
 * route shows as a mismatch. The first rule whose pattern matches a route's pattern
 * decides; a route no rule matches is a new route to classify.
 */
final class AccessPolicy {

    private static final String SECTION = SitePaths.SECTION;

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private static final List<Rule> RULES = rules();

    private AccessPolicy() {
    }

    /** Who sends the request. */
    enum Role {

        ANONYMOUS("anonymous"), OWNER("member A (owner)"), OTHER_MEMBER("member B"), WEBMASTER("webmaster"),
        EDITOR("editor");

        final String label;

        Role(String label) {
            this.label = label;
        }

    }

    /** What a response means for authorisation. */
    enum Answer {

        /** The handler answered: a page, a redirect elsewhere, a 409, 410 or 422. */
        ALLOWED,
        /** Redirected to the members' login. */
        MEMBER_LOGIN,
        /** Redirected to the staff login. */
        STAFF_LOGIN,
        /** 401 or 403. */
        FORBIDDEN,
        /** 404. */
        NOT_FOUND,
        /** 5xx. */
        SERVER_ERROR;

        static Answer of(MockHttpServletResponse response) {
            int status = response.getStatus();
            if (status >= 300 && status < 400) {
                String location = response.getRedirectedUrl();
                String path = (location != null) ? URI.create(location).getPath() : "";
                if (SitePaths.LOGIN.equals(path)) {
                    return MEMBER_LOGIN;
                }
                if (SecurityConfiguration.BACKOFFICE_LOGIN.equals(path)) {
                    return STAFF_LOGIN;
                }
                return ALLOWED;
            }
            if (status == 401 || status == 403) {
                return FORBIDDEN;
            }
            if (status == 404) {
                return NOT_FOUND;
            }
            return (status >= 500) ? SERVER_ERROR : ALLOWED;
        }

    }

    /** The answers a role may get on a route. */
    enum Expect {

        ALLOW("allowed", false, Answer.ALLOWED),
        /** A one-click mail link: open to anyone; a made-up token gets the 404 page. */
        LINK("allowed (unknown token or file: 404)", false, Answer.ALLOWED, Answer.NOT_FOUND),
        /** The error pages answer with their own status, but never ask to log in. */
        ERROR_PAGE("error page, no login", false, Answer.ALLOWED, Answer.FORBIDDEN, Answer.NOT_FOUND,
                Answer.SERVER_ERROR),
        MEMBER_LOGIN("redirect to member login", true, Answer.MEMBER_LOGIN),
        STAFF_LOGIN("redirect to staff login", true, Answer.STAFF_LOGIN), FORBIDDEN("403", true, Answer.FORBIDDEN),
        /** A member in the back office: refused, by a 403 or the staff login. */
        STAFF_REFUSED("403 or staff login", true, Answer.FORBIDDEN, Answer.STAFF_LOGIN),
        /** Someone else's resource answers exactly as one that does not exist. */
        HIDDEN("404", true, Answer.NOT_FOUND);

        final String label;

        final boolean refusal;

        final Set<Answer> accepted;

        Expect(String label, boolean refusal, Answer first, Answer... others) {
            this.label = label;
            this.refusal = refusal;
            this.accepted = EnumSet.of(first, others);
        }

    }

    /** The expected answer of each role. */
    enum Access {

        PUBLIC(Expect.ALLOW, Expect.ALLOW, Expect.ALLOW, Expect.ALLOW, Expect.ALLOW),
        MAIL_LINK(Expect.LINK, Expect.LINK, Expect.LINK, Expect.LINK, Expect.LINK),
        ERROR_PAGE(Expect.ERROR_PAGE, Expect.ERROR_PAGE, Expect.ERROR_PAGE, Expect.ERROR_PAGE, Expect.ERROR_PAGE),
        /** Static files: the same for everyone, a 404 for a file that is not there. */
        STATIC(Expect.LINK, Expect.LINK, Expect.LINK, Expect.LINK, Expect.LINK),
        /** Any signed-in member; each sees their own things. */
        MEMBERS(Expect.MEMBER_LOGIN, Expect.ALLOW, Expect.ALLOW, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /** A member's own resource: another member gets a 404, as if it did not exist. */
        OWNER_ONLY(Expect.MEMBER_LOGIN, Expect.ALLOW, Expect.HIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /**
         * Contacting or reporting an ad: for the other members; its owner is told that it
         * is their own ad (403).
         */
        OTHERS_AD(Expect.MEMBER_LOGIN, Expect.FORBIDDEN, Expect.ALLOW, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /** Webmasters and editors. */
        STAFF(Expect.STAFF_LOGIN, Expect.STAFF_REFUSED, Expect.STAFF_REFUSED, Expect.ALLOW, Expect.ALLOW),
        /** Members' data and moderation: webmasters only. */
        WEBMASTER_ONLY(Expect.STAFF_LOGIN, Expect.STAFF_REFUSED, Expect.STAFF_REFUSED, Expect.ALLOW, Expect.FORBIDDEN),
        /** The API for members: a 401 problem without credentials, never a login page. */
        API_MEMBERS(Expect.FORBIDDEN, Expect.ALLOW, Expect.ALLOW, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /** A member's own resource in the API: another member gets a 404 problem. */
        API_OWNER_ONLY(Expect.FORBIDDEN, Expect.ALLOW, Expect.HIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /** Contacting an ad's owner through the API: its owner gets a 403 problem. */
        API_OTHERS_AD(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.ALLOW, Expect.FORBIDDEN, Expect.FORBIDDEN),
        /** The inbox and members' suspension through the API: webmasters only. */
        API_WEBMASTER(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.ALLOW, Expect.FORBIDDEN),
        /** Any other address under /.rest/: 401 without credentials, else 404. */
        API_UNKNOWN(Expect.FORBIDDEN, Expect.HIDDEN, Expect.HIDDEN, Expect.HIDDEN, Expect.HIDDEN),
        /**
         * A members' API address naming nothing (a made-up path): 404 to members only.
         */
        API_MEMBERS_NOTHING(Expect.FORBIDDEN, Expect.HIDDEN, Expect.HIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN);

        private final Map<Role, Expect> expected = new EnumMap<>(Role.class);

        Access(Expect anonymous, Expect owner, Expect otherMember, Expect webmaster, Expect editor) {
            this.expected.put(Role.ANONYMOUS, anonymous);
            this.expected.put(Role.OWNER, owner);
            this.expected.put(Role.OTHER_MEMBER, otherMember);
            this.expected.put(Role.WEBMASTER, webmaster);
            this.expected.put(Role.EDITOR, editor);
        }

        Expect of(Role role) {
            return this.expected.get(role);
        }

    }

    /** The kinds of resource a path variable names; each made in the test's set-up. */
    enum Resource {

        /** Member A's published ad. */
        AD,
        /** A conversation between member A and a third member about A's ad. */
        CONVERSATION,
        /** Member A's saved search. */
        SAVED_SEARCH,
        /** An undecided registration in the inbox. */
        REGISTRATION_TASK,
        /** The proof of address of that registration. */
        DOCUMENT,
        /** A mail in the local outbox. */
        OUTBOX_MAIL,
        /** Member B's report about member A's ad, in the inbox. */
        REPORT_TASK,
        /** An active member of their own, whom webmasters may suspend. */
        MEMBER,
        /**
         * A staff account of its own (an editor), which webmasters may give a new
         * password, reset or disable.
         */
        STAFF_ACCOUNT

    }

    /**
     * One rule.
     *
     * @param pattern an Ant pattern matched against the route's own pattern
     * @param variables the resource each path variable of the matched routes names
     * @param params the fields a write sends: none, or the few that carry it past the
     * form's checks to the ownership check
     * @param sample what stands for a trailing {@code **} when the route is requested
     * @param destructive whether an allowed request changes the resource for good (it is
     * then sent last, on a resource of its own)
     * @param literal whether the pattern only matches a route of exactly that pattern
     */
    record Rule(String pattern, Access access, Map<String, Resource> variables, Map<String, String> params,
            @Nullable String sample, boolean destructive, boolean literal) {

        Rule with(String variable, Resource resource) {
            Map<String, Resource> more = new LinkedHashMap<>(this.variables);
            more.put(variable, resource);
            return new Rule(this.pattern, this.access, more, this.params, this.sample, this.destructive, this.literal);
        }

        Rule param(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(this.params);
            more.put(name, value);
            return new Rule(this.pattern, this.access, this.variables, more, this.sample, this.destructive,
                    this.literal);
        }

        Rule sample(String path) {
            return new Rule(this.pattern, this.access, this.variables, this.params, path, this.destructive,
                    this.literal);
        }

        Rule changingForGood() {
            return new Rule(this.pattern, this.access, this.variables, this.params, this.sample, true, this.literal);
        }

        boolean matches(String routePattern) {
            return this.literal ? this.pattern.equals(routePattern) : MATCHER.match(this.pattern, routePattern);
        }

    }

    /** The first rule for a route pattern; empty for a route nobody classified yet. */
    static Optional<Rule> ruleFor(String routePattern) {
        return RULES.stream().filter((rule) -> rule.matches(routePattern)).findFirst();
    }

    private static Rule rule(String pattern, Access access) {
        return new Rule(pattern, access, Map.of(), Map.of(), null, false, false);
    }

    /** A rule for the route of exactly this pattern, wildcards included. */
    private static Rule literal(String pattern, Access access) {
        return new Rule(pattern, access, Map.of(), Map.of(), null, false, true);
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        String taches = SecurityConfiguration.BACKOFFICE + "/taches";

        // The back office: its login is open; moderation and members' data are for
        // webmasters; the rest for any staff.
        rules.add(rule(SecurityConfiguration.BACKOFFICE_LOGIN, Access.PUBLIC));
        rules.add(rule(taches + "/{id}/documents/{documentId}", Access.WEBMASTER_ONLY)
            .with("id", Resource.REGISTRATION_TASK)
            .with("documentId", Resource.DOCUMENT));
        rules.add(rule(taches + "/{id}/valider", Access.WEBMASTER_ONLY).with("id", Resource.REGISTRATION_TASK)
            .changingForGood());
        rules.add(rule(taches + "/{id}/refuser", Access.WEBMASTER_ONLY).with("id", Resource.REGISTRATION_TASK)
            .changingForGood());
        rules.add(rule(taches + "/**", Access.WEBMASTER_ONLY).with("id", Resource.REGISTRATION_TASK));
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/courriels/**", Access.WEBMASTER_ONLY).with("id",
                Resource.OUTBOX_MAIL));
        rules.add(
                rule(SecurityConfiguration.BACKOFFICE + "/annonces/**", Access.WEBMASTER_ONLY).with("id", Resource.AD));
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/signalements/{id}/classer", Access.WEBMASTER_ONLY)
            .with("id", Resource.REPORT_TASK)
            .changingForGood());
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/signalements/**", Access.WEBMASTER_ONLY).with("id",
                Resource.REPORT_TASK));
        // Members' accounts; the forms are sent empty (no reason), which suspends no one.
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/membres/**", Access.WEBMASTER_ONLY).with("id",
                Resource.MEMBER));
        // The staff accounts. The new-account form is sent empty, adding no one; a new
        // password, a second factor reset and disabling go to an account of their own.
        String personnel = SecurityConfiguration.BACKOFFICE + "/personnel";
        for (String change : List.of("mot-de-passe", "double-authentification", "desactiver")) {
            rules.add(rule(personnel + "/{username}/" + change, Access.WEBMASTER_ONLY)
                .with("username", Resource.STAFF_ACCOUNT)
                .changingForGood());
        }
        rules.add(rule(personnel + "/**", Access.WEBMASTER_ONLY).with("username", Resource.STAFF_ACCOUNT));
        // Any staff member's own password; sent empty, the form asks for its fields and
        // no
        // password is guessed.
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/securite/mot-de-passe", Access.STAFF));
        // The page editor, for editors and webmasters alike. Writes carry what reaches
        // the editor's own checks without changing a page: a form missing its required
        // fields, a service component offered to an area, the top page (not deletable).
        String pages = SecurityConfiguration.BACKOFFICE + "/pages";
        rules.add(rule(pages + "/modifier", Access.STAFF).param("chemin", SECTION));
        rules.add(rule(pages + "/nouvelle", Access.STAFF).param("parent", SECTION));
        rules.add(rule(pages + "/supprimer", Access.STAFF).param("chemin", SECTION));
        rules.add(rule(pages + "/composant/nouveau", Access.STAFF).param("chemin", SECTION)
            .param("zone", "intro")
            .param("modele", "childcare:components/adSearch"));
        rules.add(rule(pages + "/**", Access.STAFF));
        rules.add(rule(SecurityConfiguration.BACKOFFICE + "/**", Access.STAFF));

        // The links of mails work without logging in: the two one-click links, the
        // password links (activation, reset) and the confirmation of a new e-mail
        // address.
        for (String link : List.of(SitePaths.AD_RENEWAL, SitePaths.UNSUBSCRIBE, SitePaths.ACTIVATION,
                SitePaths.NEW_PASSWORD, SitePaths.CONFIRM_EMAIL)) {
            rules.add(rule(link, Access.MAIL_LINK));
        }

        // The listings, for members; changing an ad is for its owner.
        rules.add(rule(SitePaths.ADS + "/{adId}/contacter", Access.OTHERS_AD).with("adId", Resource.AD));
        rules.add(rule(SitePaths.ADS + "/{adId}/signaler", Access.OTHERS_AD).with("adId", Resource.AD));
        rules.add(rule(SitePaths.ADS + "/{id}", Access.MEMBERS).with("id", Resource.AD));
        rules.add(rule(SitePaths.ADS + "/{id}/retirer", Access.OWNER_ONLY).with("id", Resource.AD).changingForGood());
        rules.add(rule(SitePaths.ADS + "/{id}/**", Access.OWNER_ONLY).with("id", Resource.AD));
        rules.add(rule(SitePaths.ADS + "/**", Access.MEMBERS));

        // The member's account: everything is their own.
        rules.add(rule(SitePaths.CONVERSATIONS + "/{id}/bloquer", Access.OWNER_ONLY).with("id", Resource.CONVERSATION)
            .changingForGood());
        rules.add(rule(SitePaths.CONVERSATIONS + "/{id}/**", Access.OWNER_ONLY).with("id", Resource.CONVERSATION));
        rules.add(rule(SitePaths.SAVED_SEARCHES + "/nouvelle", Access.MEMBERS));
        rules
            .add(rule(SitePaths.SAVED_SEARCHES + "/{id}/supprimer", Access.OWNER_ONLY).with("id", Resource.SAVED_SEARCH)
                .changingForGood());
        rules
            .add(rule(SitePaths.SAVED_SEARCHES + "/{id}/frequence", Access.OWNER_ONLY).with("id", Resource.SAVED_SEARCH)
                .param("frequency", "DAILY"));
        rules.add(rule(SitePaths.SAVED_SEARCHES + "/{id}/**", Access.OWNER_ONLY).with("id", Resource.SAVED_SEARCH));
        rules.add(rule(SitePaths.MY_DATA, Access.MEMBERS));
        rules.add(rule(SitePaths.DELETE_ACCOUNT, Access.MEMBERS));
        // Sent empty, the settings forms ask for their fields: no password is guessed.
        rules.add(rule(SitePaths.CHANGE_PASSWORD, Access.MEMBERS));
        rules.add(rule(SitePaths.CHANGE_EMAIL, Access.MEMBERS));
        rules.add(rule(SitePaths.ACCOUNT + "/**", Access.MEMBERS));

        // The headless API: members' delivery and actions, the webmasters' inbox, and the
        // OpenAPI document, open to anyone.
        String v1 = "/.rest/childcare/v1";
        rules.add(rule("/.rest/openapi.json", Access.PUBLIC));
        rules.add(rule("/.rest/delivery/ads/{id}", Access.API_MEMBERS).with("id", Resource.AD));
        // By path: the ad's id in each segment names no node; the right path is tested
        // in DeliveryEndpointTest.
        rules
            .add(rule("/.rest/delivery/ads/{year}/{month}/{name}", Access.API_MEMBERS_NOTHING).with("year", Resource.AD)
                .with("month", Resource.AD)
                .with("name", Resource.AD));
        rules.add(rule("/.rest/delivery/ads", Access.API_MEMBERS));
        rules.add(rule(v1 + "/ads/{id}/conversations", Access.API_OTHERS_AD).with("id", Resource.AD));
        rules.add(rule(v1 + "/ads/{id}/withdraw", Access.API_OWNER_ONLY).with("id", Resource.AD).changingForGood());
        rules.add(rule(v1 + "/ads/{id}/close", Access.API_OWNER_ONLY).with("id", Resource.AD).changingForGood());
        rules.add(rule(v1 + "/ads/{id}/**", Access.API_OWNER_ONLY).with("id", Resource.AD));
        rules.add(rule(v1 + "/conversations/{id}/**", Access.API_OWNER_ONLY).with("id", Resource.CONVERSATION));
        rules.add(rule(v1 + "/saved-searches/{id}", Access.API_OWNER_ONLY).with("id", Resource.SAVED_SEARCH)
            .changingForGood());
        rules.add(rule(v1 + "/tasks/{id}/decision", Access.API_WEBMASTER).with("id", Resource.REGISTRATION_TASK)
            .changingForGood());
        rules.add(rule(v1 + "/tasks/**", Access.API_WEBMASTER).with("id", Resource.REGISTRATION_TASK));
        // Suspending a member: sent without a body (415) or on an active member (409).
        rules.add(rule(v1 + "/members/**", Access.API_WEBMASTER).with("id", Resource.MEMBER));
        rules.add(rule(v1 + "/**", Access.API_MEMBERS));
        rules.add(literal("/.rest/**", Access.API_UNKNOWN).sample("inconnu"));

        // Public pages of the section: each one listed, so a new one is a decision.
        for (String open : List.of("/", SECTION, SECTION + "/", SitePaths.REGISTER, SitePaths.REGISTERED,
                SitePaths.LOGIN, SitePaths.FORGOTTEN_PASSWORD, SitePaths.PRIVACY)) {
            rules.add(rule(open, Access.PUBLIC));
        }

        // Pages editors made, and the images of published pages: open to everyone; an
        // address with no page or file there gets the 404 page.
        rules.add(literal(SECTION + "/**", Access.STATIC).sample("infos-pratiques"));
        rules.add(literal("/.binary/**", Access.STATIC).sample("services-en-ligne/garde-d-enfant/aside/0/image"));

        // Error pages.
        for (String error : List.of("/error", SecurityConfiguration.ACCESS_DENIED, "/page-expiree")) {
            rules.add(rule(error, Access.ERROR_PAGE));
        }

        // The health check for the load balancer: status only, no details.
        rules.add(rule("/actuator", Access.PUBLIC));
        rules.add(rule("/actuator/health", Access.PUBLIC));
        rules.add(literal("/actuator/health/**", Access.STATIC).sample("liveness"));

        // Static files: the module's web resources, and Boot's defaults (empty here).
        rules.add(rule("/.resources/childcare/webresources/**", Access.PUBLIC).sample("css/childcare.css"));
        rules.add(literal("/webjars/**", Access.STATIC).sample("none.js"));
        rules.add(literal("/**", Access.STATIC).sample("robots.txt"));
        return List.copyOf(rules);
    }

}
