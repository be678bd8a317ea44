package org.opencity.childcare.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.conversation.ContactRefusedException.Refusal;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;

/**
 * Members writing to each other through the site. A member contacts the owner of a listed
 * ad; their messages about that ad form one conversation, which only the two of them can
 * read. The other member is told by mail, which names the writer by first name and member
 * identifier only and links to the conversation: no address, phone or message text leaves
 * the site.
 *
 * <p>
 * Mail notices do not flood: a member is mailed about a new message only when they had
 * read everything before it in that conversation. Until they open it, further messages
 * there send no mail.
 *
 * <p>
 * A member who blocked another, or was blocked by them, can neither start nor continue a
 * conversation with them.
 *
 * <p>
 * Conversations are kept while they live: {@link #purgeQuietFor} deletes those without a
 * message for the retention period (6 months by default, as for ads), messages included.
 * When a member leaves the service, their messages go with their account; the other
 * member keeps the conversation, marked as left (a member is only ever missing because
 * their account was deleted), and can no longer write in it.
 */
public final class ConversationService {

    private static final Logger logger = LoggerFactory.getLogger(ConversationService.class);

    /** Shortest message, in characters. */
    public static final int MESSAGE_MIN = 2;

    /** Longest message, in characters. */
    public static final int MESSAGE_MAX = 2000;

    /** How many new conversations a member may start in 24 hours, against spam. */
    public static final int NEW_CONVERSATIONS_PER_DAY = 20;

    private static final Duration DAY = Duration.ofHours(24);

    /** How many times a save that clashed with a simultaneous one is tried. */

    private final JcrTemplate jcr;

    private final ConversationRepository conversations = new ConversationRepository();

    private final BlockRepository blocks = new BlockRepository();

    private final AdRepository ads;

    private final MemberRepository members = new MemberRepository();

    private final Mailer mailer;

    private final Links links;

    private final Clock clock;

    public ConversationService(JcrTemplate jcr, Mailer mailer, Links links, Clock clock) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The ad a member is about to write about, if they may; a
     * {@link ContactRefusedException} saying why not, an {@link AdNotFoundException} for
     * an unknown ad.
     */
    public ContactTarget contactTarget(String memberId, String adId) {
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> {
            Ad ad = contactableAd(session, memberId, adId, now);
            Optional<Conversation> existing = this.conversations.findByAdAndStarter(session, adId, memberId);
            return new ContactTarget(ad, existing.map(Conversation::id).orElse(null));
        });
    }

    /**
     * Sends a member's message about an ad to its owner: in the conversation they already
     * have about it, or in a new one. Refused with a {@link ContactRefusedException} when
     * the ad is the member's own, out of the listings, when either member blocked the
     * other, or after {@value #NEW_CONVERSATIONS_PER_DAY} new conversations in 24 hours;
     * an {@code InvalidInputException} on {@code message} for a text to correct.
     */
    public Conversation contact(String memberId, String adId, @Nullable String text) {
        Instant now = this.clock.instant();
        contactTarget(memberId, adId);
        String message = checkMessage(text);

        ConversationRepository.ensureFolders(this.jcr, now);
        ConversationRepository.ensureIndexFolder(this.jcr, adId, memberId);
        Sent sent = this.jcr.writeRetrying((session) -> {
            Ad ad = contactableAd(session, memberId, adId, now);
            Optional<Conversation> existing = this.conversations.findByAdAndStarter(session, adId, memberId);
            Conversation conversation;
            if (existing.isPresent()) {
                conversation = this.conversations.findForUpdate(session, existing.get().id()).orElseThrow();
            }
            else {
                if (this.conversations.countStartedSince(session, memberId,
                        now.minus(DAY)) >= NEW_CONVERSATIONS_PER_DAY) {
                    throw new ContactRefusedException(Refusal.TOO_MANY_CONVERSATIONS);
                }
                conversation = this.conversations.add(session, adId, ad.content().title(), memberId, ad.ownerId(), now);
            }
            return send(session, conversation, memberId, message, now);
        });

        logger.info("Message sent in conversation '{}' about ad '{}'", sent.conversation().id(), adId);
        notify(sent);
        return sent.conversation();
    }

    /**
     * Adds a participant's reply. Refused with a {@link ContactRefusedException} when
     * either member blocked the other or the other left; a
     * {@link ConversationNotFoundException} for anyone else.
     */
    public Conversation reply(String memberId, String conversationId, @Nullable String text) {
        Instant now = this.clock.instant();
        this.jcr
            .read((session) -> requireWritable(session, participantOf(session, memberId, conversationId), memberId));
        String message = checkMessage(text);

        Sent sent = this.jcr.writeRetrying((session) -> {
            Conversation conversation = this.conversations.findForUpdate(session, conversationId)
                .filter((found) -> found.hasParticipant(memberId))
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
            requireWritable(session, conversation, memberId);
            return send(session, conversation, memberId, message, now);
        });

        logger.info("Reply sent in conversation '{}'", conversationId);
        notify(sent);
        return sent.conversation();
    }

    /** The member's conversations, the one with the latest message first. */
    public List<ConversationSummary> list(String memberId) {
        return this.jcr.read((session) -> {
            List<ConversationSummary> summaries = new ArrayList<>();
            for (Conversation conversation : this.conversations.listOf(session, memberId)) {
                Optional<Member> other = this.members.findById(session, conversation.otherThan(memberId));
                summaries.add(new ConversationSummary(conversation.id(), adTitle(session, conversation),
                        other.map((member) -> member.profile().firstName()).orElse(""), other.isEmpty(),
                        conversation.lastMessageAt(), conversation.unreadBy(memberId)));
            }
            return summaries;
        });
    }

    /** How many messages the member has not read, over all their conversations. */
    public int unreadCount(String memberId) {
        return this.jcr.read((session) -> this.conversations.listOf(session, memberId)
            .stream()
            .mapToInt((conversation) -> conversation.unreadBy(memberId))
            .sum());
    }

    /**
     * Opens a conversation for one of its two members and marks its messages read; a
     * {@link ConversationNotFoundException} for anyone else.
     */
    public ConversationThread read(String memberId, String conversationId) {
        Conversation conversation = this.jcr.read((session) -> participantOf(session, memberId, conversationId));
        if (conversation.unreadBy(memberId) > 0) {
            markRead(memberId, conversationId);
        }
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> {
            Conversation current = participantOf(session, memberId, conversationId);
            String otherId = current.otherThan(memberId);
            Optional<Member> other = this.members.findById(session, otherId);
            Optional<Ad> ad = this.ads.findById(session, current.adId());
            return new ConversationThread(current, memberId, adTitle(session, current),
                    ad.filter((found) -> found.isListedAt(now)).isPresent(),
                    other.map((member) -> member.profile().firstName()).orElse(""),
                    other.filter((member) -> member.status() == MemberStatus.ACTIVE).isPresent(), other.isEmpty(),
                    this.blocks.isBlocked(session, memberId, otherId),
                    this.blocks.isBlocked(session, otherId, memberId),
                    this.conversations.messages(session, conversationId));
        });
    }

    /**
     * Blocks the other member of the conversation: from now on neither can write to the
     * other, here or about any ad, until the member unblocks them.
     */
    public void block(String memberId, String conversationId) {
        Instant now = this.clock.instant();
        BlockRepository.ensureFolders(this.jcr);
        this.jcr.writeRetrying((session) -> {
            Conversation conversation = participantOf(session, memberId, conversationId);
            this.blocks.block(session, memberId, conversation.otherThan(memberId), now);
            return conversation;
        });
        logger.info("A member of conversation '{}' blocked the other", conversationId);
    }

    /** Lifts the member's block of the other member of the conversation. */
    public void unblock(String memberId, String conversationId) {
        this.jcr.writeRetrying((session) -> {
            Conversation conversation = participantOf(session, memberId, conversationId);
            this.blocks.unblock(session, memberId, conversation.otherThan(memberId));
            return conversation;
        });
        logger.info("A member of conversation '{}' unblocked the other", conversationId);
    }

    /** Whether either member blocked the other, for pages that offer to write. */
    public boolean blockedEitherWay(String memberId, String otherId) {
        return this.jcr.read((session) -> this.blocks.eitherBlocked(session, memberId, otherId));
    }

    /**
     * Deletes the conversations without a message for {@code retention}, with their
     * messages: the personal data of an exchange is not kept longer than needed. Each
     * conversation goes in its own save, so one that a message reaches meanwhile stays;
     * harmless to run twice or on two nodes at once. Returns how many were deleted.
     */
    public int purgeQuietFor(Duration retention) {
        Instant before = this.clock.instant().minus(retention);
        List<String> quiet = this.jcr.read((session) -> this.conversations.listQuietSince(session, before));
        int deleted = 0;
        for (String id : quiet) {
            try {
                if (this.jcr.write((session) -> this.conversations.deleteIfQuietSince(session, id, before))) {
                    deleted++;
                }
            }
            catch (ConcurrentChangeException ex) {
                logger.info("Conversation '{}' changed while being purged; kept for now", id);
            }
        }
        if (deleted > 0) {
            logger.info("Purged '{}' conversations without a message since '{}'", deleted, before);
        }
        return deleted;
    }

    /**
     * The message as it will be stored: trimmed, line breaks made plain; an
     * {@code InvalidInputException} on {@code message} if empty, too short, too long or
     * holding control characters.
     */
    public static String checkMessage(@Nullable String text) {
        String message = TextRules.clean(text).replace("\r\n", "\n").replace('\r', '\n');
        FieldErrors errors = new FieldErrors();
        if (message.isEmpty()) {
            errors.reject("message", "childcare.conversation.error.messageRequired");
        }
        else if (TextRules.length(message) < MESSAGE_MIN || TextRules.length(message) > MESSAGE_MAX) {
            errors.reject("message", "childcare.conversation.error.messageLength", MESSAGE_MIN, MESSAGE_MAX);
        }
        else if (TextRules.hasControlCharacters(message)) {
            errors.reject("message", "childcare.validation.controlCharacters");
        }
        errors.throwIfAny();
        return message;
    }

    private void markRead(String memberId, String conversationId) {
        try {
            this.jcr.write((session) -> {
                Conversation conversation = this.conversations.findForUpdate(session, conversationId)
                    .orElseThrow(() -> new ConversationNotFoundException(conversationId));
                this.conversations.markRead(session, conversation, memberId);
                return conversation;
            });
        }
        catch (RepositoryFailure ex) {
            // A message saved at the same moment: it stays unread, which is right.
            logger.info("Conversation '{}' changed while being marked read; left unread", conversationId);
        }
    }

    private Ad contactableAd(Session session, String memberId, String adId, Instant now) throws RepositoryException {
        Member member = this.members.getById(session, memberId);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ContactRefusedException(Refusal.NOT_ACTIVE);
        }
        Ad ad = this.ads.findById(session, adId).orElseThrow(() -> new AdNotFoundException(adId));
        if (ad.ownerId().equals(memberId)) {
            throw new ContactRefusedException(Refusal.OWN_AD);
        }
        boolean ownerActive = this.members.findById(session, ad.ownerId())
            .filter((owner) -> owner.status() == MemberStatus.ACTIVE)
            .isPresent();
        if (!ad.isListedAt(now) || !ownerActive) {
            throw new ContactRefusedException(Refusal.AD_NOT_LISTED);
        }
        refuseIfBlocked(session, memberId, ad.ownerId());
        return ad;
    }

    private Conversation requireWritable(Session session, Conversation conversation, String memberId)
            throws RepositoryException {
        Member member = this.members.getById(session, memberId);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ContactRefusedException(Refusal.NOT_ACTIVE);
        }
        String otherId = conversation.otherThan(memberId);
        refuseIfBlocked(session, memberId, otherId);
        boolean otherActive = this.members.findById(session, otherId)
            .filter((other) -> other.status() == MemberStatus.ACTIVE)
            .isPresent();
        if (!otherActive) {
            throw new ContactRefusedException(Refusal.RECIPIENT_UNAVAILABLE);
        }
        return conversation;
    }

    private void refuseIfBlocked(Session session, String memberId, String otherId) throws RepositoryException {
        if (this.blocks.isBlocked(session, memberId, otherId)) {
            throw new ContactRefusedException(Refusal.YOU_BLOCKED);
        }
        if (this.blocks.isBlocked(session, otherId, memberId)) {
            throw new ContactRefusedException(Refusal.BLOCKED);
        }
    }

    private Conversation participantOf(Session session, String memberId, String conversationId)
            throws RepositoryException {
        return this.conversations.findById(session, conversationId)
            .filter((conversation) -> conversation.hasParticipant(memberId))
            .orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    /**
     * Adds the message; the recipient is to be mailed if they had read everything before
     * it.
     */
    private Sent send(Session session, Conversation conversation, String senderId, String text, Instant now)
            throws RepositoryException {
        String recipientId = conversation.otherThan(senderId);
        boolean mail = conversation.unreadBy(recipientId) == 0;
        this.conversations.addMessage(session, conversation, senderId, text, now);
        Member sender = this.members.getById(session, senderId);
        Optional<Member> recipient = mail ? this.members.findById(session, recipientId) : Optional.empty();
        return new Sent(conversation, adTitle(session, conversation), sender, recipient.orElse(null));
    }

    private void notify(Sent sent) {
        Member recipient = sent.recipient();
        if (recipient == null) {
            logger.debug("No mail for conversation '{}': its last notice is still unread", sent.conversation().id());
            return;
        }
        Member sender = sent.sender();
        this.mailer.sendAfterCommit("conversationMessage", recipient.profile().email(), recipient.locale(),
                Map.of("firstName", recipient.profile().firstName(), "senderName", sender.profile().firstName(),
                        "senderIdentifier", String.valueOf(sender.identifier()), "title", sent.adTitle(),
                        "conversationUrl", this.links.conversation(sent.conversation().id())));
    }

    private String adTitle(Session session, Conversation conversation) throws RepositoryException {
        return this.ads.findById(session, conversation.adId())
            .map((ad) -> ad.content().title())
            .orElse(conversation.adTitle());
    }

    /**
     * A saved message, the ad's current title, who wrote it, and who to mail about it
     * (none if not this time).
     */
    private record Sent(Conversation conversation, String adTitle, Member sender, @Nullable Member recipient) {

    }

}
