package org.opencity.childcare.conversation;

import java.time.Duration;
import java.util.List;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.conversation.ContactRefusedException.Refusal;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ConversationService} on a real repository: Nadia, a childminder,
 * writes to Camille about Camille's shared-care ad; Lucie, a home nanny, is a third
 * member who must never read their conversation.
 */
class ConversationServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String HELLO = "Bonjour, je garde déjà deux enfants près de l’école, parlons-en ?";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private JcrTemplate jcr;

    private Neighbours neighbours;

    private String camille;

    private String nadia;

    private String lucie;

    private Ad ad;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.neighbours = new Neighbours(this.jcr, this.clock, this.mails);
        this.camille = this.neighbours.active(Personas.family(this.clock));
        this.nadia = this.neighbours.active(Personas.childminder());
        this.lucie = this.neighbours.active(Personas.homeNanny());
        this.ad = this.neighbours.sharedCareAd(this.camille);
        this.mails.clear();
    }

    @Test
    void contactShouldMailTheOwnerALinkWithoutTheWritersAddressOrMessage() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);

        OutgoingMail mail = this.mails.sentTo(Personas.FAMILY_EMAIL).get(0);
        assertThat(this.mails.sent()).hasSize(1);
        assertThat(mail.subject())
            .isEqualTo("Garde d’enfant : nouveau message au sujet de l’annonce « " + Neighbours.TITLE + " »");
        assertThat(mail.text()).contains("Bonjour Camille", "Nadia (membre " + identifier(this.nadia) + ")")
            .contains(new TestLinks().conversation(conversation.id()))
            .doesNotContain(Personas.CHILDMINDER_EMAIL, "Benali", "06 12 34 56 78", "0612345678", HELLO);
    }

    @Test
    void purgeShouldDeleteConversationsQuietForTheRetentionPeriodWithTheirMessagesAndKeepLiveOnes() {
        Conversation quiet = service().contact(this.nadia, this.ad.id(), HELLO);
        Conversation live = service().contact(this.lucie, this.ad.id(), "Bonjour, je suis disponible le lundi.");
        this.clock.advance(Duration.ofDays(100));
        service().reply(this.camille, live.id(), "Merci, pouvons-nous en parler samedi ?");
        this.clock.advance(Duration.ofDays(90));

        int purged = service().purgeQuietFor(Duration.ofDays(180));

        assertThat(purged).isEqualTo(1);
        assertThat(service().list(this.nadia)).isEmpty();
        assertThat(service().list(this.camille)).extracting(ConversationSummary::id).containsExactly(live.id());
        long messagesLeft = this.jcr.read((session) -> session.getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [childcare:message] AS m WHERE ISDESCENDANTNODE(m, '/conversations')",
                    javax.jcr.query.Query.JCR_SQL2)
            .execute()
            .getNodes()
            .getSize());
        assertThat(messagesLeft).as("messages left: only the live conversation's").isEqualTo(2);
        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().read(this.nadia, quiet.id()));
        assertThat(service().purgeQuietFor(Duration.ofDays(180))).as("a second run").isZero();
    }

    @Test
    void contactShouldStoreTheConversationUnderItsMonthWithARandomName() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);

        String path = this.jcr.read((session) -> session.getNodeByIdentifier(conversation.id()).getPath());
        assertThat(path).matches("/conversations/2026/03/[0-9a-f-]{36}")
            .doesNotContain(this.nadia)
            .doesNotContain(this.camille);
        assertThat(service().read(this.camille, conversation.id()).messages()).singleElement().satisfies((message) -> {
            assertThat(message.text()).isEqualTo(HELLO);
            assertThat(message.senderId()).isEqualTo(this.nadia);
            assertThat(message.sentAt()).isEqualTo(this.clock.instant());
        });
    }

    @Test
    void contactAgainAboutTheSameAdShouldAddToTheSameConversationAndNotMailTwice() {
        Conversation first = service().contact(this.nadia, this.ad.id(), HELLO);
        this.clock.advance(Duration.ofMinutes(5));

        Conversation second = service().contact(this.nadia, this.ad.id(), "J’oubliais : je suis libre le mardi.");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(service().list(this.nadia)).hasSize(1);
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).as("one mail until Camille reads").hasSize(1);
        assertThat(service().list(this.camille)).singleElement()
            .satisfies((summary) -> assertThat(summary.unread()).isEqualTo(2));
    }

    @Test
    void replyShouldMailTheOtherMemberOnceUntilTheyOpenTheConversation() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);
        service().read(this.camille, conversation.id());

        service().reply(this.camille, conversation.id(), "Avec plaisir, êtes-vous disponible jeudi ?");
        service().reply(this.nadia, conversation.id(), "Oui, jeudi à 18 h.");
        service().reply(this.nadia, conversation.id(), "Ou vendredi si vous préférez.");

        assertThat(this.mails.sentTo(Personas.CHILDMINDER_EMAIL)).singleElement()
            .satisfies((mail) -> assertThat(mail.text()).contains("Camille (membre " + identifier(this.camille) + ")")
                .doesNotContain("Martin", Personas.FAMILY_EMAIL));
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).as("first contact, then the reply after she read")
            .hasSize(2);

        service().read(this.camille, conversation.id());
        service().reply(this.nadia, conversation.id(), "À jeudi alors !");
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).hasSize(3);
    }

    @Test
    void readShouldShowTheMessagesInOrderAndMarkThemRead() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);
        this.clock.advance(Duration.ofHours(1));
        service().reply(this.nadia, conversation.id(), "Je précise : j’ai le permis.");

        ConversationThread thread = service().read(this.camille, conversation.id());

        assertThat(thread.messages()).extracting(Message::text).containsExactly(HELLO, "Je précise : j’ai le permis.");
        assertThat(thread.otherFirstName()).isEqualTo("Nadia");
        assertThat(thread.adTitle()).isEqualTo(Neighbours.TITLE);
        assertThat(thread.adListed()).isTrue();
        assertThat(thread.canReply()).isTrue();
        assertThat(service().unreadCount(this.camille)).isZero();
        assertThat(service().unreadCount(this.nadia)).isZero();
    }

    @Test
    void aThirdMemberShouldBeToldTheConversationDoesNotExist() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);

        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().read(this.lucie, conversation.id()));
        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().reply(this.lucie, conversation.id(), "Je m’invite."));
        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().block(this.lucie, conversation.id()));
        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().read(this.lucie, "pas-une-conversation"));
        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().read(this.nadia, this.ad.id()));
        assertThat(service().list(this.lucie)).isEmpty();
    }

    @Test
    void contactAboutOnesOwnAdShouldBeRefused() {
        assertThatExceptionOfType(ContactRefusedException.class)
            .isThrownBy(() -> service().contact(this.camille, this.ad.id(), HELLO))
            .satisfies((ex) -> assertThat(ex.refusal()).isEqualTo(Refusal.OWN_AD));
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void contactAboutAnAdOutOfTheListingsShouldBeRefusedButRepliesGoOn() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);
        this.clock.advance(Duration.ofDays(31));

        assertThatExceptionOfType(ContactRefusedException.class)
            .isThrownBy(() -> service().contact(this.lucie, this.ad.id(), HELLO))
            .satisfies((ex) -> assertThat(ex.refusal()).isEqualTo(Refusal.AD_NOT_LISTED));
        service().reply(this.camille, conversation.id(), "Désolée, c’est trop tard, mais merci !");
        assertThat(service().read(this.nadia, conversation.id()).adListed()).isFalse();
    }

    @Test
    void contactAboutAnUnknownAdShouldSayItDoesNotExist() {
        assertThatExceptionOfType(AdNotFoundException.class)
            .isThrownBy(() -> service().contactTarget(this.nadia, "00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void contactBySuspendedMemberShouldBeRefused() {
        this.neighbours.suspend(this.nadia);

        assertThatExceptionOfType(ContactRefusedException.class)
            .isThrownBy(() -> service().contact(this.nadia, this.ad.id(), HELLO))
            .satisfies((ex) -> assertThat(ex.refusal()).isEqualTo(Refusal.NOT_ACTIVE));
    }

    @Test
    void blockShouldStopBothMembersWritingUntilUnblocked() {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);
        Ad otherAd = this.neighbours.sharedCareAd(this.camille, "Sorties d’école le jeudi");

        service().block(this.camille, conversation.id());

        assertThat(refusal(() -> service().reply(this.nadia, conversation.id(), "Pourquoi ?")))
            .isEqualTo(Refusal.BLOCKED);
        assertThat(refusal(() -> service().contact(this.nadia, otherAd.id(), HELLO))).isEqualTo(Refusal.BLOCKED);
        assertThat(refusal(() -> service().reply(this.camille, conversation.id(), "Au revoir.")))
            .isEqualTo(Refusal.YOU_BLOCKED);
        assertThat(service().read(this.camille, conversation.id()).blockedByMe()).isTrue();
        assertThat(service().read(this.nadia, conversation.id()).canReply()).isFalse();
        assertThat(service().blockedEitherWay(this.nadia, this.camille)).isTrue();

        service().unblock(this.camille, conversation.id());

        service().reply(this.nadia, conversation.id(), "Merci de m’avoir débloquée.");
        assertThat(service().read(this.camille, conversation.id()).blockedByMe()).isFalse();
    }

    @Test
    void messageShouldBeCheckedForLengthAndInvisibleCharacters() {
        assertThat(messageError("   ")).isEqualTo("childcare.conversation.error.messageRequired");
        assertThat(messageError(null)).isEqualTo("childcare.conversation.error.messageRequired");
        assertThat(messageError("A")).isEqualTo("childcare.conversation.error.messageLength");
        assertThat(messageError("a".repeat(2001))).isEqualTo("childcare.conversation.error.messageLength");
        assertThat(messageError("Bonjour\u0007")).isEqualTo("childcare.validation.controlCharacters");
        assertThat(ConversationService.checkMessage("  Bonjour,\r\nà bientôt  ")).isEqualTo("Bonjour,\nà bientôt");
        assertThat(service().list(this.nadia)).isEmpty();
    }

    @Test
    void aMemberShouldStartAtMostTwentyConversationsADay() {
        List<Ad> ads = new java.util.ArrayList<>();
        for (int i = 1; i <= ConversationService.NEW_CONVERSATIONS_PER_DAY + 1; i++) {
            ads.add(this.neighbours.sharedCareAd(this.camille, "Garde partagée numéro " + i));
        }
        for (int i = 0; i < ConversationService.NEW_CONVERSATIONS_PER_DAY; i++) {
            service().contact(this.nadia, ads.get(i).id(), HELLO);
        }
        Ad last = ads.get(ConversationService.NEW_CONVERSATIONS_PER_DAY);

        assertThat(refusal(() -> service().contact(this.nadia, last.id(), HELLO)))
            .isEqualTo(Refusal.TOO_MANY_CONVERSATIONS);
        service().contact(this.nadia, ads.get(0).id(), "Un message de plus dans une conversation ouverte.");

        this.clock.advance(Duration.ofHours(24));
        service().contact(this.nadia, last.id(), HELLO);
        assertThat(service().list(this.nadia)).hasSize(ConversationService.NEW_CONVERSATIONS_PER_DAY + 1);
    }

    @Test
    void listShouldPutTheLatestActivityFirstWithUnreadCounts() {
        Ad otherAd = this.neighbours.sharedCareAd(this.camille, "Sorties d’école le jeudi");
        Conversation fromNadia = service().contact(this.nadia, this.ad.id(), HELLO);
        this.clock.advance(Duration.ofMinutes(10));
        Conversation fromLucie = service().contact(this.lucie, otherAd.id(), "Bonjour Camille !");
        this.clock.advance(Duration.ofMinutes(10));
        service().reply(this.nadia, fromNadia.id(), "Vous avez vu mon message ?");

        List<ConversationSummary> list = service().list(this.camille);

        assertThat(list).extracting(ConversationSummary::id).containsExactly(fromNadia.id(), fromLucie.id());
        assertThat(list).extracting(ConversationSummary::otherFirstName).containsExactly("Nadia", "Lucie");
        assertThat(list).extracting(ConversationSummary::unread).containsExactly(2, 1);
        assertThat(list.get(0).lastMessageAt()).isEqualTo(this.clock.instant());
        assertThat(service().unreadCount(this.camille)).isEqualTo(3);
        assertThat(service().list(this.nadia)).singleElement()
            .satisfies((summary) -> assertThat(summary.hasUnread()).isFalse());
    }

    @Test
    void conversationsShouldOutliveARestart() throws RepositoryException {
        Conversation conversation = service().contact(this.nadia, this.ad.id(), HELLO);

        repository.restart();

        assertThat(service().read(this.camille, conversation.id()).messages()).extracting(Message::text)
            .containsExactly(HELLO);
    }

    private ConversationService service() {
        return new ConversationService(this.jcr, this.mails.mailer(), new TestLinks(), this.clock);
    }

    private String identifier(String memberId) {
        return this.neighbours.member(memberId).identifier();
    }

    private static Refusal refusal(Runnable action) {
        try {
            action.run();
        }
        catch (ContactRefusedException ex) {
            return ex.refusal();
        }
        throw new AssertionError("The message was not refused");
    }

    private static String messageError(String text) {
        try {
            ConversationService.checkMessage(text);
        }
        catch (InvalidInputException ex) {
            return ex.errors().get("message").map(FieldError::messageKey).orElseThrow();
        }
        throw new AssertionError("The message was accepted");
    }

}
