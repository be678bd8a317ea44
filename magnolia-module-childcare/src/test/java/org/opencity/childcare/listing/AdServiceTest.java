package org.opencity.childcare.listing;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AdService} on a real repository: what members may do with their own
 * ads and nobody else's, what webmasters do, what owners receive by mail, and what is
 * still there after a restart.
 */
class AdServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String WEBMASTER = "Sophie Leroy";

    private static final String REASON = "Votre numéro de téléphone figure dans le texte de l’annonce.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private JcrTemplate jcr;

    private TestMembers members;

    private String family;

    private String childminder;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.members = new TestMembers(this.jcr, this.clock);
        this.family = this.members.active(Personas.family(this.clock));
        this.childminder = this.members.active(Personas.childminder());
    }

    @Test
    void postShouldPublishForThirtyDays() {
        Instant now = this.clock.instant();

        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        assertThat(ad.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(ad.publishedAt()).isEqualTo(now);
        assertThat(ad.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(ad.ownerId()).isEqualTo(this.family);
        assertThat(stored(ad.id())).isEqualTo(ad);
        assertThat(history(ad.id())).extracting(AuditEntry::action).containsExactly("AD_POSTED");
    }

    @Test
    void postShouldStoreTheAdUnderItsMonthBucket() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        String path = this.jcr.read((session) -> session.getNodeByIdentifier(ad.id()).getPath());
        assertThat(path).isEqualTo("/ads/2026/03/" + path.substring("/ads/2026/03/".length()))
            .doesNotContain("camille");
    }

    @Test
    void postWhenPreModerationIsOnShouldWaitForReviewInTheInbox() {
        Ad ad = service(AdSettings.defaults().withPreModeration(true)).post(this.family,
                SampleAds.sharedCare(this.clock));

        assertThat(ad.status()).isEqualTo(AdStatus.PENDING_REVIEW);
        assertThat(ad.isListedAt(this.clock.instant())).isFalse();
        assertThat(openTasks()).singleElement().satisfies((task) -> {
            assertThat(task.type()).isEqualTo(TaskType.AD_REVIEW);
            assertThat(task.subjectId()).isEqualTo(ad.id());
        });
    }

    @Test
    void approveShouldPublishTheAdUnderReviewFromThen() {
        AdService service = service(AdSettings.defaults().withPreModeration(true));
        Ad pending = service.post(this.family, SampleAds.sharedCare(this.clock));
        this.clock.advance(Duration.ofHours(5));

        Ad approved = service.approve(openTasks().get(0).id(), WEBMASTER);

        assertThat(approved.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(approved.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
        assertThat(openTasks()).isEmpty();
        assertThat(history(pending.id())).extracting(AuditEntry::action).containsExactly("AD_SUBMITTED", "AD_APPROVED");
    }

    @Test
    void rejectShouldMailTheReasonAndRefuseASecondDecision() {
        AdService service = service(AdSettings.defaults().withPreModeration(true));
        service.post(this.family, SampleAds.sharedCare(this.clock));
        String taskId = openTasks().get(0).id();

        Ad rejected = service.reject(taskId, WEBMASTER, REASON);

        assertThat(rejected.status()).isEqualTo(AdStatus.REJECTED);
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).singleElement()
            .satisfies((mail) -> assertThat(mail.text()).contains(REASON).contains(SampleAds.TITLE));
        assertThatExceptionOfType(AlreadyDecidedException.class).isThrownBy(() -> service.approve(taskId, WEBMASTER));
        assertThat(stored(rejected.id()).status()).isEqualTo(AdStatus.REJECTED);
    }

    @Test
    void postWhenFamilyChoosesANannysConfigurationShouldRefuseIt() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setConfiguration("NANNY_SEEKS_FAMILY");

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> service().post(this.family, form))
            .satisfies((ex) -> assertThat(ex.errors().get("configuration")).map(FieldError::messageKey)
                .contains("childcare.ad.error.configurationFamily"));
        assertThat(service().listOwn(this.family)).isEmpty();
    }

    @Test
    void postWhenMemberIsPendingShouldRefuseAndStoreNothing() {
        String pending = this.members.pending(Personas.homeNanny());

        assertThatExceptionOfType(InactiveMemberException.class)
            .isThrownBy(() -> service().post(pending, SampleAds.childminderOffer(this.clock)))
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(MemberStatus.PENDING));
        assertThat(service().listOwn(pending)).isEmpty();
    }

    @Test
    void postWhenMemberIsSuspendedShouldRefuse() {
        String suspended = this.members.suspended(Personas.homeNanny());

        assertThatExceptionOfType(InactiveMemberException.class)
            .isThrownBy(() -> service().post(suspended, SampleAds.childminderOffer(this.clock)))
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(MemberStatus.SUSPENDED));
    }

    @Test
    void editShouldChangeTheTextAndKeepTheLifetime() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));
        this.clock.advance(Duration.ofDays(3));
        AdForm form = AdForm.of(ad.content());
        form.setText("Nous cherchons toujours une famille, désormais aussi le jeudi après-midi.");
        form.setSlots(List.of("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON", "THURSDAY:AFTERNOON"));

        Ad edited = service().edit(this.family, ad.id(), form);

        assertThat(edited.content().text()).startsWith("Nous cherchons toujours");
        assertThat(edited.content().schedule().size()).isEqualTo(3);
        assertThat(edited.expiresAt()).isEqualTo(ad.expiresAt());
        assertThat(stored(ad.id())).isEqualTo(edited);
    }

    @Test
    void editWhenAnotherMembersAdShouldSayNotFound() {
        assertOthersCannot((ad) -> service().edit(this.childminder, ad.id(), SampleAds.sharedCare(this.clock)));
    }

    @Test
    void renewWhenAnotherMembersAdShouldSayNotFound() {
        assertOthersCannot((ad) -> service().renew(this.childminder, ad.id()));
    }

    @Test
    void withdrawWhenAnotherMembersAdShouldSayNotFound() {
        assertOthersCannot((ad) -> service().withdraw(this.childminder, ad.id()));
    }

    @Test
    void closeWhenAnotherMembersAdShouldSayNotFound() {
        assertOthersCannot((ad) -> service().close(this.childminder, ad.id(), true));
    }

    @Test
    void renewWhenIdIsUnknownOrMalformedShouldSayNotFoundTheSameWay() {
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "not-an-id", "../members", "")) {
            assertThatExceptionOfType(AdNotFoundException.class).isThrownBy(() -> service().renew(this.family, id))
                .withMessage("No ad with id '" + id + "'");
        }
    }

    @Test
    void renewWhenOnLastDayShouldRestartThirtyDays() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));
        this.clock.advance(Duration.ofDays(29).plusHours(23));

        Ad renewed = service().renew(this.family, ad.id());

        assertThat(renewed.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
        assertThat(stored(ad.id()).isListedAt(ad.expiresAt().plus(Duration.ofDays(10)))).isTrue();
    }

    @Test
    void withdrawShouldTakeTheAdOutOfTheListingsForGood() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        Ad withdrawn = service().withdraw(this.family, ad.id());

        assertThat(withdrawn.isListedAt(this.clock.instant())).isFalse();
        assertThatExceptionOfType(IllegalAdTransitionException.class)
            .isThrownBy(() -> service().renew(this.family, ad.id()));
        assertThatExceptionOfType(AdNotEditableException.class)
            .isThrownBy(() -> service().edit(this.family, ad.id(), SampleAds.sharedCare(this.clock)));
    }

    @Test
    void withdrawWhileWaitingForReviewShouldCloseTheReviewTask() {
        AdService service = service(AdSettings.defaults().withPreModeration(true));
        Ad pending = service.post(this.family, SampleAds.sharedCare(this.clock));
        String taskId = openTasks().get(0).id();

        Ad withdrawn = service.withdraw(this.family, pending.id());

        assertThat(withdrawn.status()).isEqualTo(AdStatus.WITHDRAWN);
        assertThat(openTasks()).isEmpty();
        Task task = this.jcr.read((session) -> new TaskRepository().getById(session, taskId));
        assertThat(task.decision()).isNotNull().satisfies((decision) -> {
            assertThat(decision.decidedBy()).isEqualTo(this.family);
            assertThat(decision.reason()).isEqualTo(AdService.WITHDRAWN_BY_OWNER);
        });
        // Withdrawal and cancellation are recorded at the same instant, in either order.
        assertThat(history(pending.id())).extracting(AuditEntry::action)
            .startsWith("AD_SUBMITTED")
            .containsExactlyInAnyOrder("AD_SUBMITTED", "AD_WITHDRAWN", "AD_REVIEW_CANCELLED");
        assertThatExceptionOfType(AlreadyDecidedException.class).isThrownBy(() -> service.approve(taskId, WEBMASTER));
        assertThat(stored(pending.id()).status()).isEqualTo(AdStatus.WITHDRAWN);
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void withdrawWhenPublishedShouldLeaveOtherReviewsOpen() {
        AdService reviewed = service(AdSettings.defaults().withPreModeration(true));
        Ad published = service().post(this.family, SampleAds.sharedCare(this.clock));
        Ad pending = reviewed.post(this.childminder, SampleAds.childminderOffer(this.clock));

        service().withdraw(this.family, published.id());

        assertThat(openTasks()).singleElement()
            .satisfies((task) -> assertThat(task.subjectId()).isEqualTo(pending.id()));
        assertThat(history(published.id())).extracting(AuditEntry::action).containsExactly("AD_POSTED", "AD_WITHDRAWN");
    }

    @Test
    void closeShouldRecordWhetherCareWasFound() {
        Ad found = service().post(this.family, SampleAds.sharedCare(this.clock));
        Ad notFound = service().post(this.childminder, SampleAds.childminderOffer(this.clock));

        service().close(this.family, found.id(), true);
        service().close(this.childminder, notFound.id(), false);

        assertThat(stored(found.id())).satisfies((ad) -> {
            assertThat(ad.status()).isEqualTo(AdStatus.CLOSED);
            assertThat(ad.foundCare()).isTrue();
        });
        assertThat(stored(notFound.id()).foundCare()).isFalse();
        assertThat(history(found.id())).extracting(AuditEntry::action).endsWith("AD_CLOSED_CARE_FOUND");
    }

    @Test
    void removeShouldMailTheReasonToTheOwner() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        Ad removed = service().remove(ad.id(), WEBMASTER, REASON);

        assertThat(removed.status()).isEqualTo(AdStatus.REMOVED);
        assertThat(stored(ad.id()).reason()).isEqualTo(REASON);
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).singleElement().satisfies((mail) -> {
            assertThat(mail.subject()).contains("retirée");
            assertThat(mail.text()).contains("Bonjour Camille,").contains(SampleAds.TITLE).contains(REASON);
        });
        assertThat(history(ad.id())).last().satisfies((entry) -> {
            assertThat(entry.actor()).isEqualTo(WEBMASTER);
            assertThat(entry.detail()).isEqualTo(REASON);
        });
    }

    @Test
    void removeWithoutReasonShouldAskForOneAndChangeNothing() {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> service().remove(ad.id(), WEBMASTER, "  "))
            .satisfies((ex) -> assertThat(ex.errors().get("reason")).isPresent());
        assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void restartShouldKeepEveryAdAsItWas() throws RepositoryException {
        Ad shared = service().post(this.family, SampleAds.sharedCare(this.clock));
        Ad offer = service().post(this.childminder, SampleAds.childminderOffer(this.clock));
        Ad closed = service().close(this.childminder, offer.id(), true);

        repository.restart();

        assertThat(stored(shared.id())).isEqualTo(shared);
        assertThat(stored(offer.id())).isEqualTo(closed);
        assertThat(service().listOwn(this.family)).containsExactly(shared);
    }

    private void assertOthersCannot(Consumer<Ad> action) {
        Ad ad = service().post(this.family, SampleAds.sharedCare(this.clock));

        assertThatExceptionOfType(AdNotFoundException.class).isThrownBy(() -> action.accept(ad))
            .withMessage("No ad with id '" + ad.id() + "'");
        assertThat(stored(ad.id())).isEqualTo(ad);
    }

    private AdService service() {
        return service(AdSettings.defaults());
    }

    private AdService service(AdSettings settings) {
        return new AdService(this.jcr, Personas.neighbourhoods(), this.mails.mailer(), new TestLinks(),
                new OneTimeTokens(this.clock, new SecureRandom()), this.clock, settings);
    }

    private Ad stored(String id) {
        return this.jcr.read((session) -> new AdRepository().findById(session, id)).orElseThrow();
    }

    private List<AuditEntry> history(String id) {
        return this.jcr.read((session) -> new AuditLog().forSubject(session, id));
    }

    private List<Task> openTasks() {
        return this.jcr.read((session) -> new TaskRepository().listOpen(session));
    }

}
