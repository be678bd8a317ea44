package org.opencity.childcare.token;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OneTimeTokens} in a real repository: the links mailed to residents
 * cannot be guessed, are stored hashed, expire, and work exactly once.
 */
class OneTimeTokensTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String MEMBER_ID = "c0ffee00-0000-4000-8000-000000000042";

    private static final Duration VALIDITY = Duration.ofHours(72);

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final OneTimeTokens tokens = new OneTimeTokens(this.clock, new SecureRandom());

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private JcrTemplate jcr;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
    }

    /**
     * Lets background work finish rather than interrupting it: an interrupt inside
     * Jackrabbit closes its database connection and breaks the repository for later
     * tests.
     */
    @AfterEach
    void stopThreads() throws InterruptedException {
        this.threads.shutdown();
        assertThat(this.threads.awaitTermination(60, TimeUnit.SECONDS)).as("background work finished").isTrue();
    }

    @Test
    void newTokenShouldCarryAtLeast128RandomBits() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = this.tokens.newToken();

            assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
            assertThat(token).as("fits in a link without escaping").matches("[A-Za-z0-9_-]+");
            issued.add(token);
        }

        assertThat(issued).hasSize(1000);
    }

    @Test
    void issueShouldStoreOnlyTheSha256OfTheToken() {
        String token = issued(TokenPurpose.ACTIVATION);
        String hash = StoredTexts.sha256(token);

        List<String> stored = StoredTexts.under(this.jcr, OneTimeTokens.ROOT);

        assertThat(stored).isNotEmpty().noneMatch((text) -> text.contains(token));
        this.jcr.read((session) -> {
            Node node = session.getNode(OneTimeTokens.ROOT + "/" + hash.substring(0, 2) + "/" + hash);
            assertThat(node.getProperty("subject").getString()).isEqualTo(MEMBER_ID);
            assertThat(node.getProperty("purpose").getString()).isEqualTo("ACTIVATION");
            return null;
        });
    }

    @Test
    void peekShouldNotUseTheToken() {
        String token = issued(TokenPurpose.ACTIVATION);

        assertThat(peek(TokenPurpose.ACTIVATION, token)).contains(MEMBER_ID);
        assertThat(peek(TokenPurpose.ACTIVATION, token)).contains(MEMBER_ID);

        assertThat(state(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.VALID);
        assertThat(use(token)).isEqualTo(MEMBER_ID);
    }

    @Test
    void useShouldWorkOnceThenSayTheLinkWasUsed() {
        String token = issued(TokenPurpose.PASSWORD_RESET);

        this.jcr.write((session) -> this.tokens.use(session, TokenPurpose.PASSWORD_RESET, token));

        assertThat(state(TokenPurpose.PASSWORD_RESET, token)).isEqualTo(TokenState.USED);
        assertThat(peek(TokenPurpose.PASSWORD_RESET, token)).isEmpty();
        assertThatExceptionOfType(InvalidTokenException.class)
            .isThrownBy(() -> this.jcr.write((session) -> this.tokens.use(session, TokenPurpose.PASSWORD_RESET, token)))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.USED));
    }

    @Test
    void checkShouldSayValidUntilTheLastMomentThenExpired() {
        String token = issued(TokenPurpose.ACTIVATION);

        this.clock.advance(VALIDITY.minusSeconds(1));
        assertThat(state(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.VALID);

        this.clock.advance(Duration.ofSeconds(1));
        assertThat(state(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.EXPIRED);
        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> use(token))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.EXPIRED));
    }

    @Test
    void checkWithAnotherPurposeShouldSayUnknown() {
        String token = issued(TokenPurpose.ACTIVATION);

        assertThat(state(TokenPurpose.PASSWORD_RESET, token)).isEqualTo(TokenState.UNKNOWN);
    }

    @Test
    void checkWithAMistypedTokenShouldSayUnknown() {
        String token = issued(TokenPurpose.ACTIVATION);

        assertThat(state(TokenPurpose.ACTIVATION, token.substring(1))).isEqualTo(TokenState.UNKNOWN);
        assertThat(state(TokenPurpose.ACTIVATION, "")).isEqualTo(TokenState.UNKNOWN);
        assertThat(state(TokenPurpose.ACTIVATION, "x".repeat(500))).isEqualTo(TokenState.UNKNOWN);
    }

    @Test
    void revokeAllShouldVoidTheUnusedLinksOfThatPurposeOnly() {
        String firstReset = issued(TokenPurpose.PASSWORD_RESET);
        String secondReset = issued(TokenPurpose.PASSWORD_RESET);
        String activation = issued(TokenPurpose.ACTIVATION);

        this.jcr.write((session) -> {
            this.tokens.revokeAll(session, TokenPurpose.PASSWORD_RESET, MEMBER_ID);
            return null;
        });

        assertThat(state(TokenPurpose.PASSWORD_RESET, firstReset)).isEqualTo(TokenState.UNKNOWN);
        assertThat(state(TokenPurpose.PASSWORD_RESET, secondReset)).isEqualTo(TokenState.UNKNOWN);
        assertThat(state(TokenPurpose.ACTIVATION, activation)).isEqualTo(TokenState.VALID);
    }

    @Test
    void useFromTwoSessionsAtOnceShouldLetOnlyOneSaveSucceed() throws Exception {
        String token = issued(TokenPurpose.ACTIVATION);
        CyclicBarrier bothUsedBeforeSaving = new CyclicBarrier(2);

        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(this.threads.submit(() -> this.jcr.write((session) -> {
                String subject = this.tokens.use(session, TokenPurpose.ACTIVATION, token);
                meet(bothUsedBeforeSaving);
                return subject;
            })));
        }

        List<String> subjects = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            try {
                subjects.add(attempt.get(30, TimeUnit.SECONDS));
            }
            catch (ExecutionException ex) {
                failures.add(ex.getCause());
            }
        }
        assertThat(subjects).containsExactly(MEMBER_ID);
        assertThat(failures).singleElement().isInstanceOf(ConcurrentChangeException.class);
        assertThat(state(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.USED);
    }

    /**
     * Waits until the other thread is at the same point, so that neither has saved yet.
     */
    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the other session", ex);
        }
        catch (BrokenBarrierException | TimeoutException ex) {
            throw new IllegalStateException("The other session never came", ex);
        }
    }

    private String issued(TokenPurpose purpose) {
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, purpose, MEMBER_ID, VALIDITY);
            return null;
        });
        return token;
    }

    private String use(String token) {
        return this.jcr.write((session) -> this.tokens.use(session, TokenPurpose.ACTIVATION, token));
    }

    private Optional<String> peek(TokenPurpose purpose, String token) {
        return this.jcr.read((session) -> this.tokens.peek(session, purpose, token));
    }

    private TokenState state(TokenPurpose purpose, String token) {
        return this.jcr.read((session) -> this.tokens.check(session, purpose, token));
    }

}
