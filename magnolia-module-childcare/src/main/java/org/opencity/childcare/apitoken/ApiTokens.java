package org.opencity.childcare.apitoken;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;

/**
 * Members' personal API tokens. Like the single-use links of {@code token/}, a token is
 * 256 random bits handed out once; only its SHA-256 is stored, as a
 * {@code childcare:token} node under {@code /apiTokens/<first two hex digits>/<hash>}
 * whose {@code subject} is the member, so that erasing a member's account erases their
 * tokens with their other links. A revoked token is deleted; an expired one stays in the
 * member's list, refused, until they revoke it.
 */
public final class ApiTokens {

    private static final Logger logger = LoggerFactory.getLogger(ApiTokens.class);

    public static final String ROOT = "/apiTokens";

    /** Marks API tokens among the {@code childcare:token} nodes. */
    static final String PURPOSE = "API";

    /**
     * Every secret starts so, which tells it apart from a session cookie or another
     * service's token in logs and secret scanners.
     */
    public static final String PREFIX = "cct_";

    public static final int NAME_MAX = 60;

    /** How many tokens a member may hold at once. */
    public static final int MAX_PER_MEMBER = 10;

    /** The expiry offered when the member does not choose one. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);

    /** The latest expiry a member may choose, counted from today. */
    public static final int MAX_VALIDITY_DAYS = 365;

    /**
     * {@code lastUsedAt} is written at most this often, so reading does not mean writing.
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    private static final int RANDOM_BYTES = 32;

    private static final String BY_MEMBER = "SELECT * FROM [" + NodeTypes.TOKEN
            + "] AS t WHERE t.[subject] = $subject AND t.[purpose] = '" + PURPOSE + "'";

    private final JcrTemplate jcr;

    private final Clock clock;

    private final SecureRandom random;

    /**
     * @param clock the city's clock: an expiry date runs to the end of that day in its
     * zone
     */
    public ApiTokens(JcrTemplate jcr, Clock clock, SecureRandom random) {
        this.jcr = jcr;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The expiry date the creation form proposes: {@link #DEFAULT_VALIDITY} from today.
     */
    public LocalDate defaultExpiryDate() {
        return today().plusDays(DEFAULT_VALIDITY.toDays());
    }

    /** The latest expiry date a member may choose today. */
    public LocalDate latestExpiryDate() {
        return today().plusDays(MAX_VALIDITY_DAYS);
    }

    /**
     * Creates a token for the member, valid to the end of {@code expiresOn} (ISO date;
     * blank for the default). An {@code InvalidInputException} says what to fix: the name
     * ({@code name}), the scope ({@code scope}), the date ({@code expiresOn}), or that
     * the member already holds {@link #MAX_PER_MEMBER} tokens ({@code token}).
     */
    public IssuedApiToken create(String memberId, @Nullable String name, @Nullable String scope,
            @Nullable String expiresOn) {
        FieldErrors errors = new FieldErrors();
        String chosenName = name(name, errors);
        ApiScope chosenScope = scope(scope, errors);
        LocalDate expiryDate = expiryDate(expiresOn, errors);
        errors.throwIfAny();

        String secret = newSecret();
        String hash = HashedNames.sha256(secret);
        Instant now = this.clock.instant();
        Instant expiresAt = expiryDate.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
        this.jcr.ensureFolders(folderOf(hash));
        ApiToken token = this.jcr.write((session) -> {
            if (listNodes(session, memberId).size() >= MAX_PER_MEMBER) {
                new FieldErrors().reject("token", "childcare.apiTokens.error.limit", MAX_PER_MEMBER).throwIfAny();
            }
            Node node = session.getNode(folderOf(hash)).addNode(hash, NodeTypes.TOKEN);
            node.setProperty("purpose", PURPOSE);
            node.setProperty("subject", memberId);
            node.setProperty("name", chosenName);
            node.setProperty("scope", chosenScope.name());
            JcrProperties.set(node, "createdAt", now);
            JcrProperties.set(node, "expiresAt", expiresAt);
            return read(node);
        });

        logger.info("API token '{}' created with scope '{}' until '{}'", token.id(), token.scope(), expiresAt);
        return new IssuedApiToken(token, secret);
    }

    /** The member's tokens, valid or expired, newest first. */
    public List<ApiToken> listOwn(String memberId) {
        return this.jcr.read((session) -> {
            List<ApiToken> tokens = new ArrayList<>();
            for (Node node : listNodes(session, memberId)) {
                tokens.add(read(node));
            }
            tokens.sort(Comparator.comparing(ApiToken::createdAt).reversed());
            return tokens;
        });
    }

    /**
     * Revokes (deletes) the member's token; an {@link ApiTokenNotFoundException} if the
     * member has no token of this identifier.
     */
    public void revoke(String memberId, String tokenId) {
        this.jcr.write((session) -> {
            Node node = ownNode(session, memberId, tokenId).orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
            node.remove();
            return tokenId;
        });
        logger.info("API token '{}' revoked by its member", tokenId);
    }

    /**
     * The token this secret belongs to while it is valid; empty for an unknown, revoked
     * or expired one. Records the use, to within {@link #LAST_USED_PRECISION}.
     */
    public Optional<ApiToken> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = HashedNames.sha256(secret);
        String path = folderOf(hash) + "/" + hash;
        Instant now = this.clock.instant();
        Optional<ApiToken> token = this.jcr.read((session) -> {
            if (!session.nodeExists(path)) {
                return Optional.<ApiToken>empty();
            }
            Node node = session.getNode(path);
            return PURPOSE.equals(JcrProperties.string(node, "purpose")) ? Optional.of(read(node))
                    : Optional.<ApiToken>empty();
        }).filter((found) -> found.isValidAt(now));
        token
            .filter((found) -> found.lastUsedAt() == null || found.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now))
            .ifPresent((found) -> markUsed(path, now));
        return token;
    }

    /**
     * Records a use; a failure (a concurrent request recording the same use) only loses
     * the record, never the request.
     */
    private void markUsed(String path, Instant now) {
        try {
            this.jcr.write((session) -> {
                if (session.nodeExists(path)) {
                    JcrProperties.set(session.getNode(path), "lastUsedAt", now);
                }
                return path;
            });
        }
        catch (RepositoryFailure ex) {
            logger.debug("Use of an API token not recorded: {}", ex.getMessage());
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        this.random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private LocalDate today() {
        return LocalDate.now(this.clock);
    }

    private static String name(@Nullable String value, FieldErrors errors) {
        String name = TextRules.clean(value);
        if (name.isEmpty()) {
            errors.reject("name", "childcare.validation.required");
        }
        else if (TextRules.length(name) > NAME_MAX) {
            errors.reject("name", "childcare.validation.tooLong", NAME_MAX);
        }
        else if (TextRules.hasControlCharacters(name) || name.matches("(?s).*[\\n\\r\\t].*")) {
            errors.reject("name", "childcare.validation.controlCharacters");
        }
        return name;
    }

    private static ApiScope scope(@Nullable String value, FieldErrors errors) {
        try {
            return ApiScope.valueOf(TextRules.clean(value));
        }
        catch (IllegalArgumentException ex) {
            errors.reject("scope", "childcare.apiTokens.error.scope");
            return ApiScope.READ;
        }
    }

    private LocalDate expiryDate(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value);
        if (text.isEmpty()) {
            return defaultExpiryDate();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        }
        catch (DateTimeParseException ex) {
            errors.reject("expiresOn", "childcare.apiTokens.error.expiresOnFormat");
            return defaultExpiryDate();
        }
        if (!date.isAfter(today()) || date.isAfter(latestExpiryDate())) {
            errors.reject("expiresOn", "childcare.apiTokens.error.expiresOnRange", MAX_VALIDITY_DAYS);
        }
        return date;
    }

    private static List<Node> listNodes(Session session, String memberId) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(BY_MEMBER, Query.JCR_SQL2);
        query.bindValue("subject", session.getValueFactory().createValue(memberId));
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator found = query.execute().getNodes(); found.hasNext();) {
            nodes.add(found.nextNode());
        }
        return nodes;
    }

    private static Optional<Node> ownNode(Session session, String memberId, String tokenId) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, tokenId, NodeTypes.TOKEN).filter((node) -> {
            try {
                return PURPOSE.equals(JcrProperties.string(node, "purpose"))
                        && memberId.equals(JcrProperties.string(node, "subject"));
            }
            catch (RepositoryException ex) {
                throw new RepositoryFailure("Cannot read API token", ex);
            }
        });
    }

    private static ApiToken read(Node node) throws RepositoryException {
        return new ApiToken(node.getIdentifier(), JcrProperties.requiredString(node, "subject"),
                JcrProperties.requiredString(node, "name"),
                ApiScope.valueOf(JcrProperties.requiredString(node, "scope")),
                JcrProperties.requiredInstant(node, "createdAt"), JcrProperties.requiredInstant(node, "expiresAt"),
                JcrProperties.instant(node, "lastUsedAt"));
    }

    private static String folderOf(String hash) {
        return ROOT + "/" + hash.substring(0, 2);
    }

}
