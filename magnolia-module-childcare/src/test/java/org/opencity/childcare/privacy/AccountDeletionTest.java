package org.opencity.childcare.privacy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.alert.SavedSearchRepository;
import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.conversation.ContactRefusedException;
import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationRepository;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.conversation.ConversationSummary;
import org.opencity.childcare.conversation.ConversationThread;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdIndexUpdater;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.PrefixPasswordHasher;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.report.Report;
import org.opencity.childcare.report.ReportRepository;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.report.ReportStatus;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AccountDeletion} on a real repository. Camille, a family, posted an
 * ad, talked with Nadia, a childminder, about it, saved a search, reported Nadia and
 * holds a password link; Nadia reported Camille's ad. Camille then deletes her account.
 */
class AccountDeletionTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String NADIA_WRITES = "Bonjour, j’ai deux places libres le lundi, parlons-en ?";

    private static final String CAMILLE_REPLIES = "Merci Nadia, nous habitons rue des Lilas, appelez-moi.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final AdIndex index = new AdIndex(ZoneOffset.UTC);

    private JcrTemplate jcr;

    private OneTimeTokens tokens;

    private Leavers leavers;

    private AdIndexUpdater updater;

    private String camille;

    private String nadia;

    private Ad ad;

    private Conversation conversation;

    private Report camillesReport;

    private Report nadiasReport;

    private String resetToken;

    private String renewalToken;

    @BeforeEach
    void camilleWithEverythingAMemberCanHave() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.tokens = new OneTimeTokens(this.clock, new SecureRandom());
        this.leavers = new Leavers(this.jcr, this.clock, this.mails);
        this.updater = new AdIndexUpdater(this.index, new AdRepository(this.clock));
        this.updater.start(repository.sessionFactory());
        this.camille = this.leavers.active(Personas.family(this.clock));
        this.nadia = this.leavers.active(Personas.childminder());
        this.ad = this.leavers.neighbours().sharedCareAd(this.camille);
        ConversationService conversations = this.leavers.conversations();
        this.conversation = conversations.contact(this.nadia, this.ad.id(), NADIA_WRITES);
        conversations.reply(this.camille, this.conversation.id(), CAMILLE_REPLIES);
        searches().save(this.camille, "garde=SHARED&quartier=centre", "Près de chez nous", "DAILY", Locale.FRENCH);
        ReportService reports = new ReportService(this.jcr, this.leavers.neighbours().ads(), this.clock);
        this.camillesReport = reports.reportMember(this.camille, this.conversation.id(), "INAPPROPRIATE",
                "Elle insiste pour avoir mon adresse.");
        this.nadiasReport = reports.reportAd(this.nadia, this.ad.id(), "OTHER", "Le tarif me semble faux.");
        this.resetToken = issue(TokenPurpose.PASSWORD_RESET, this.camille);
        this.renewalToken = issue(TokenPurpose.AD_RENEWAL, this.ad.id());
        awaitValue(() -> this.index.search(AdSearchQuery.any(), this.clock.instant()).total(), 1);
    }

    @AfterEach
    void stopIndex() {
        this.updater.stop();
    }

    @Test
    void deleteOwnWithTheRightPasswordShouldEraseTheMemberTheirAdsSearchesLinksAndMessages() {
        AccountDeletion.Deleted deleted = deletion().deleteOwn(this.camille, Leavers.PASSWORD);

        assertThat(deleted.ads()).isEqualTo(1);
        assertThat(deleted.savedSearches()).isEqualTo(1);
        assertThat(deleted.messages()).isEqualTo(1);
        assertThat(deleted.conversationsKept()).isEqualTo(1);
        assertThat(this.leavers.exists(this.camille)).as("member node").isFalse();
        this.jcr.read((session) -> {
            MemberRepository members = new MemberRepository();
            assertThat(members.findByEmail(session, Personas.FAMILY_EMAIL)).as("e-mail index").isEmpty();
            assertThat(new AdRepository(this.clock).findById(session, this.ad.id())).as("ad node").isEmpty();
            assertThat(new SavedSearchRepository().listByMember(session, this.camille)).as("saved searches").isEmpty();
            assertThat(this.tokens.check(session, TokenPurpose.PASSWORD_RESET, this.resetToken)).as("reset link")
                .isEqualTo(TokenState.UNKNOWN);
            assertThat(this.tokens.check(session, TokenPurpose.AD_RENEWAL, this.renewalToken)).as("renewal link")
                .isEqualTo(TokenState.UNKNOWN);
            assertThat(new ConversationRepository().messages(session, this.conversation.id()))
                .extracting((message) -> message.text())
                .containsExactly(NADIA_WRITES);
            return null;
        });
        awaitValue(() -> this.index.search(AdSearchQuery.any(), this.clock.instant()).total(), 0);
    }

    @Test
    void deleteOwnShouldLeaveTheConversationToTheOtherMemberMarkedAsLeftWithoutAReplyPossible() {
        deletion().deleteOwn(this.camille, Leavers.PASSWORD);

        ConversationService conversations = this.leavers.conversations();
        ConversationThread thread = conversations.read(this.nadia, this.conversation.id());
        assertThat(thread.otherLeft()).isTrue();
        assertThat(thread.canReply()).isFalse();
        assertThat(thread.messages()).extracting((message) -> message.text()).containsExactly(NADIA_WRITES);
        assertThat(conversations.list(this.nadia)).singleElement()
            .satisfies((summary) -> assertThat(summary.otherLeft()).isTrue())
            .extracting(ConversationSummary::otherFirstName)
            .isEqualTo("");
        assertThatExceptionOfType(ContactRefusedException.class)
            .isThrownBy(() -> conversations.reply(this.nadia, this.conversation.id(), "Vous êtes toujours là ?"));
    }

    @Test
    void deleteOwnShouldCloseTheReportsTheMemberMadeWithoutTheirWordsAndKeepReportsAboutThem() {
        deletion().deleteOwn(this.camille, Leavers.PASSWORD);

        this.jcr.read((session) -> {
            ReportRepository reports = new ReportRepository();
            Report own = reports.findById(session, this.camillesReport.id()).orElseThrow();
            assertThat(own.status()).isEqualTo(ReportStatus.DISMISSED);
            assertThat(own.details()).isNull();
            assertThat(new TaskRepository().getById(session, own.taskId()).isDecided()).as("its inbox task").isTrue();
            Report aboutHer = reports.findById(session, this.nadiasReport.id()).orElseThrow();
            assertThat(aboutHer.isOpen()).isTrue();
            assertThat(aboutHer.details()).isEqualTo("Le tarif me semble faux.");
            assertThat(new AuditLog().forSubject(session, this.camille)).extracting(AuditEntry::action)
                .contains("ACCOUNT_DELETED");
            return null;
        });
    }

    @Test
    void deleteOwnWithAWrongOrMissingPasswordShouldRefuseAndDeleteNothing() {
        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> deletion().deleteOwn(this.camille, "pas le bon mot de passe"))
            .satisfies((ex) -> assertThat(ex.errors().get("password"))
                .hasValueSatisfying((error) -> assertThat(error.messageKey())
                    .isEqualTo("childcare.accountDeletion.error.passwordWrong")));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> deletion().deleteOwn(this.camille, ""))
            .satisfies((ex) -> assertThat(ex.errors().get("password"))
                .hasValueSatisfying((error) -> assertThat(error.messageKey())
                    .isEqualTo("childcare.accountDeletion.error.passwordRequired")));

        assertThat(this.leavers.exists(this.camille)).isTrue();
        assertThat(this.leavers.neighbours().ads().listOwn(this.camille)).hasSize(1);
        assertThat(this.index.search(AdSearchQuery.any(), this.clock.instant()).ids()).containsExactly(this.ad.id());
    }

    @Test
    void deleteOwnWhenTheOtherMemberLeftTooShouldDeleteTheConversationWhole() {
        deletion().deleteOwn(this.camille, Leavers.PASSWORD);

        deletion().deleteOwn(this.nadia, Leavers.PASSWORD);

        this.jcr.read((session) -> {
            assertThat(new ConversationRepository().findById(session, this.conversation.id())).isEmpty();
            return null;
        });
    }

    @Test
    void theAddressOfADeletedAccountShouldBeFreeToRegisterAgain() {
        deletion().deleteOwn(this.camille, Leavers.PASSWORD);

        String again = this.leavers.active(Personas.family(this.clock));

        assertThat(this.leavers.member(again).profile().email()).isEqualTo(Personas.FAMILY_EMAIL);
        assertThat(this.leavers.conversations().list(again)).isEmpty();
    }

    private AccountDeletion deletion() {
        return new AccountDeletion(this.jcr, new PrefixPasswordHasher(), this.tokens, this.clock);
    }

    private SavedSearchService searches() {
        return new SavedSearchService(this.jcr, new SearchDescription(Messages.module(), Personas.neighbourhoods()),
                this.clock);
    }

    private String issue(TokenPurpose purpose, String subject) {
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, purpose, subject, Duration.ofDays(3));
            return token;
        });
        return token;
    }

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
