package org.opencity.childcare.suspension;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.conversation.Neighbours;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdIndexUpdater;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.JcrAdSearch;
import org.opencity.childcare.member.IllegalTransitionException;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.registration.RegistrationValidator;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link MemberSuspensions} on a real repository, with the search index kept by
 * observation as in production. Camille, a family, has a shared-care ad in the listings;
 * Nadia, a childminder, looks for it. A webmaster suspends Camille, then reactivates her.
 */
class MemberSuspensionsTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String WEBMASTER = "Sophie Leroy (sleroy)";

    private static final String REASON = "Annonces trompeuses signalées à plusieurs reprises.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final AdIndex index = new AdIndex(ZoneOffset.UTC);

    private JcrTemplate jcr;

    private Neighbours neighbours;

    private OneTimeTokens tokens;

    private MemberSuspensions suspensions;

    private AdIndexUpdater updater;

    private String camille;

    private String nadia;

    private Ad ad;

    @BeforeEach
    void camilleWithAListedAd() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.neighbours = new Neighbours(this.jcr, this.clock, this.mails);
        this.tokens = new OneTimeTokens(this.clock, new SecureRandom());
        this.suspensions = new MemberSuspensions(this.jcr, this.mails.mailer(), new TestLinks(), this.tokens,
                this.clock);
        this.updater = new AdIndexUpdater(this.index, new AdRepository(this.clock));
        this.updater.start(repository.sessionFactory());
        this.camille = this.neighbours.active(Personas.family(this.clock));
        this.nadia = this.neighbours.active(Personas.childminder());
        this.ad = this.neighbours.sharedCareAd(this.camille);
        awaitValue(this::listedInIndex, 1);
        this.mails.clear();
    }

    @AfterEach
    void stopIndex() {
        this.updater.stop();
    }

    @Test
    void suspendShouldBarTheMemberHideTheirAdsRecordWhoAndWhyAndMailTheReason() {
        MemberSuspensions.Change change = this.suspensions.suspend(this.camille, WEBMASTER, "  " + REASON + "\n");

        assertThat(change.member().status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(change.reason()).isEqualTo(REASON);
        assertThat(change.listedAds()).isEqualTo(1);
        assertThat(this.neighbours.member(this.camille).status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(audit()).singleElement().satisfies((entry) -> {
            assertThat(entry.actor()).isEqualTo(WEBMASTER);
            assertThat(entry.action()).isEqualTo(MemberSuspensions.SUSPENDED);
            assertThat(entry.detail()).isEqualTo(REASON);
            assertThat(entry.at()).isEqualTo(this.clock.instant());
        });

        awaitValue(this::listedInIndex, 0);
        assertThat(this.neighbours.ads().findVisible(this.nadia, this.ad.id())).as("ad page for Nadia").isEmpty();
        assertThat(this.neighbours.ads().findListed(List.of(this.ad.id()))).as("search results").isEmpty();
        assertThat(listedInRepositoryQuery()).as("the reference search").isZero();
        Ad stored = this.neighbours.ads().getOwn(this.camille, this.ad.id());
        assertThat(stored.status()).as("the ad's own status").isEqualTo(AdStatus.PUBLISHED);
        assertThat(stored.expiresAt()).isEqualTo(this.ad.expiresAt());

        OutgoingMail mail = this.mails.last();
        assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
        assertThat(mail.subject()).isEqualTo("Garde d’enfant : votre compte est suspendu");
        assertThat(mail.text()).contains("Bonjour Camille", REASON, "vous ne pouvez plus vous connecter",
                "contester cette décision", RecordingMailTransport.SITE.get("url").toString());
    }

    @Test
    void reactivateShouldLetTheMemberBackAndReturnTheirAdsWithoutPostingAgain() {
        this.suspensions.suspend(this.camille, WEBMASTER, REASON);
        awaitValue(this::listedInIndex, 0);
        this.clock.advance(Duration.ofDays(3));

        MemberSuspensions.Change change = this.suspensions.reactivate(this.camille, "Paul Girard (pgirard)");

        assertThat(change.member().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(change.listedAds()).isEqualTo(1);
        awaitValue(this::listedInIndex, 1);
        assertThat(this.neighbours.ads().findVisible(this.nadia, this.ad.id())).isPresent();
        assertThat(listedInRepositoryQuery()).isEqualTo(1);
        assertThat(this.neighbours.ads().getOwn(this.camille, this.ad.id())).isEqualTo(this.ad);
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::detail)
            .containsExactly(tuple(MemberSuspensions.SUSPENDED, WEBMASTER, REASON),
                    tuple(MemberSuspensions.REACTIVATED, "Paul Girard (pgirard)", null));

        OutgoingMail mail = this.mails.last();
        assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
        assertThat(mail.subject()).isEqualTo("Garde d’enfant : votre compte est rétabli");
        assertThat(mail.text()).contains("Bonjour Camille", change.member().identifier(), new TestLinks().login(),
                "de nouveau visibles");
    }

    @Test
    void suspensionShouldNotCountAsAChangeOfTheAdsForTheirRetention() throws RepositoryException {
        Instant before = lastModified(this.ad.id());
        this.clock.advance(Duration.ofHours(2));

        this.suspensions.suspend(this.camille, WEBMASTER, REASON);
        this.clock.advance(Duration.ofHours(2));
        this.suspensions.reactivate(this.camille, WEBMASTER);

        assertThat(lastModified(this.ad.id())).isEqualTo(before);
    }

    @Test
    void anAdWhoseLifetimeEndedDuringTheSuspensionShouldNotComeBack() {
        this.suspensions.suspend(this.camille, WEBMASTER, REASON);
        this.clock.advance(Duration.ofDays(31));

        MemberSuspensions.Change change = this.suspensions.reactivate(this.camille, WEBMASTER);

        assertThat(change.listedAds()).isZero();
        assertThat(this.neighbours.ads().findVisible(this.nadia, this.ad.id())).isEmpty();
        assertThat(this.index.search(AdSearchQuery.any(), this.clock.instant()).total()).isZero();
    }

    @Test
    void anAdRenewedFromItsMailLinkDuringTheSuspensionShouldStayHidden() {
        this.suspensions.suspend(this.camille, WEBMASTER, REASON);
        awaitValue(this::listedInIndex, 0);

        Ad renewed = this.neighbours.ads().renewWithToken(renewalLink(this.ad.id()));

        assertThat(renewed.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(renewed.ownerSuspended()).isTrue();
        assertThat(renewed.isListedAt(this.clock.instant())).isFalse();
        assertThat(this.neighbours.ads().findVisible(this.nadia, this.ad.id())).isEmpty();
    }

    @Test
    void suspendShouldRevokeThePasswordLinksMailedBefore() {
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, TokenPurpose.PASSWORD_RESET, this.camille, Duration.ofHours(72));
            return null;
        });

        this.suspensions.suspend(this.camille, WEBMASTER, REASON);

        TokenState state = this.jcr.read((session) -> this.tokens.check(session, TokenPurpose.PASSWORD_RESET, token));
        assertThat(state).isNotEqualTo(TokenState.VALID);
    }

    @Test
    void suspendWithoutAReasonOrWithATooLongOneShouldChangeNothing() {
        assertThat(refusal(() -> this.suspensions.suspend(this.camille, WEBMASTER, " \n ")))
            .isEqualTo(new FieldError("reason", "childcare.suspension.error.reasonRequired", List.of()));
        assertThat(refusal(() -> this.suspensions.suspend(this.camille, WEBMASTER, null)).messageKey())
            .isEqualTo("childcare.suspension.error.reasonRequired");
        assertThat(refusal(() -> this.suspensions.suspend(this.camille, WEBMASTER, "é".repeat(1001))))
            .isEqualTo(new FieldError("reason", "childcare.validation.tooLong", List.of(1000)));
        assertThat(refusal(() -> this.suspensions.suspend(this.camille, WEBMASTER, "Motif\u0000caché")).messageKey())
            .isEqualTo("childcare.validation.controlCharacters");

        assertThat(this.suspensions.suspend(this.camille, WEBMASTER, "é".repeat(1000)).member().status())
            .as("exactly the limit")
            .isEqualTo(MemberStatus.SUSPENDED);
        assertThat(audit()).hasSize(1);
        assertThat(this.mails.sent()).hasSize(1);
    }

    @Test
    void aChangeTheStatusDoesNotAllowShouldBeRefusedClearly() {
        String pending = pending();
        this.suspensions.suspend(this.camille, WEBMASTER, REASON);
        this.mails.clear();

        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> this.suspensions.suspend(this.camille, WEBMASTER, "Une seconde fois."))
            .satisfies((ex) -> assertThat(ex.from()).isEqualTo(MemberStatus.SUSPENDED));
        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> this.suspensions.reactivate(this.nadia, WEBMASTER))
            .satisfies((ex) -> assertThat(ex.from()).isEqualTo(MemberStatus.ACTIVE));
        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> this.suspensions.suspend(pending, WEBMASTER, REASON))
            .satisfies((ex) -> assertThat(ex.from()).isEqualTo(MemberStatus.PENDING));
        assertThatExceptionOfType(MemberNotFoundException.class)
            .isThrownBy(() -> this.suspensions.suspend("00000000-0000-0000-0000-000000000000", WEBMASTER, REASON));
        assertThatExceptionOfType(MemberNotFoundException.class)
            .isThrownBy(() -> this.suspensions.reactivate("not-a-member", WEBMASTER));

        assertThat(audit()).hasSize(1);
        assertThat(this.mails.sent()).isEmpty();
    }

    /** Lucie, a home nanny whose application no one decided yet. */
    private String pending() {
        MemberRepository.ensureFolders(this.jcr, this.clock.instant());
        var profile = new RegistrationValidator(Personas.neighbourhoods(), this.clock).validate(Personas.homeNanny(),
                new FieldErrors());
        return this.jcr.write((session) -> new MemberRepository()
            .add(session, profile, this.clock.instant(), Locale.FRENCH, List.of())
            .id());
    }

    private int listedInIndex() {
        return this.index.search(AdSearchQuery.any(), this.clock.instant()).total();
    }

    private int listedInRepositoryQuery() {
        return this.jcr.read(
                (session) -> new JcrAdSearch(ZoneOffset.UTC).search(session, AdSearchQuery.any(), this.clock.instant()))
            .total();
    }

    private List<AuditEntry> audit() {
        return this.jcr.read((session) -> new AuditLog().forSubject(session, this.camille));
    }

    private Instant lastModified(String adId) throws RepositoryException {
        return this.jcr.read(
                (session) -> session.getNodeByIdentifier(adId).getProperty("mgnl:lastModified").getDate().toInstant());
    }

    private String renewalLink(String adId) {
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, TokenPurpose.AD_RENEWAL, adId, Duration.ofDays(7));
            return null;
        });
        return token;
    }

    private static FieldError refusal(Runnable action) {
        try {
            action.run();
        }
        catch (InvalidInputException ex) {
            assertThat(ex.errors().all()).hasSize(1);
            return ex.errors().all().get(0);
        }
        throw new AssertionError("The input was accepted");
    }

    /**
     * Waits for the index to see a save: observation delivers it a moment later, on
     * another thread.
     */
    private static void awaitValue(Supplier<Integer> value, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (value.get() != expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(value.get()).isEqualTo(expected);
    }

}
