package org.opencity.childcare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.alert.SavedSearch;
import org.opencity.childcare.alert.SavedSearchRepository;
import org.opencity.childcare.conversation.BlockRepository;
import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationRepository;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.PasswordConfirmation;
import org.opencity.childcare.member.PasswordHasher;
import org.opencity.childcare.member.WrongPasswordException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.report.Report;
import org.opencity.childcare.report.ReportRepository;
import org.opencity.childcare.report.ReportStatus;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Erases a member's account and everything that hangs on it, in one save, so that no
 * half-deleted account is ever left behind:
 * <ul>
 * <li>the member's node, with their password hash, login activity and any registration
 * document still stored, and the index entries of their e-mail address and identifier
 * (the address may register again);</li>
 * <li>their ads in every status, with the renewal links issued for them; the search index
 * drops them as it sees the nodes go;</li>
 * <li>their saved searches, their single-use links, the blocks they made or were the
 * target of;</li>
 * <li>in each of their conversations, the messages they wrote; the conversation stays for
 * the other member, who sees that this member left and can no longer write there, unless
 * the other member left too, in which case it goes whole;</li>
 * <li>the open inbox tasks about them or their ads (closed, reason
 * {@value #ACCOUNT_DELETED}); the reports they made lose the words they wrote, and the
 * open ones are dismissed ({@value #REPORTER_LEFT}). Reports about them are kept for the
 * webmasters: they hold what another member wrote.</li>
 * </ul>
 * The audit trail keeps its entries, which name members by identifier only, and gains one
 * {@code ACCOUNT_DELETED} entry. Mails already sent cannot be recalled.
 */
public final class AccountDeletion {

    private static final Logger logger = LoggerFactory.getLogger(AccountDeletion.class);

    /** The reason recorded on inbox tasks closed because the account behind them went. */
    public static final String ACCOUNT_DELETED = "account deleted";

    /**
     * The note on open reports dismissed because their reporter deleted their account.
     */
    public static final String REPORTER_LEFT = "the reporter deleted their account";

    private final JcrTemplate jcr;

    private final PasswordConfirmation confirmation;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    private final AdRepository ads;

    private final SavedSearchRepository searches = new SavedSearchRepository();

    private final ConversationRepository conversations = new ConversationRepository();

    private final BlockRepository blocks = new BlockRepository();

    private final ReportRepository reports = new ReportRepository();

    private final TaskRepository tasks = new TaskRepository();

    private final AuditLog audit = new AuditLog();

    private final OneTimeTokens tokens;

    public AccountDeletion(JcrTemplate jcr, PasswordHasher hasher, OneTimeTokens tokens, Clock clock) {
        this.jcr = jcr;
        this.confirmation = new PasswordConfirmation(hasher);
        this.tokens = tokens;
        this.clock = clock;
        this.ads = new AdRepository(clock);
    }

    /**
     * Deletes the member's account at their own request, once they typed their password
     * again. A missing password is refused with a field error on {@code password}, a
     * wrong one with a {@link WrongPasswordException}, and nothing is deleted.
     */
    public Deleted deleteOwn(String memberId, @Nullable String password) {
        Member member = this.jcr.read((session) -> this.members.getById(session, memberId));
        FieldErrors errors = new FieldErrors();
        boolean wrong = this.confirmation.reject(member, password, "password", "childcare.accountDeletion.error.",
                errors);
        if (wrong) {
            logger.info("Deletion of account '{}' refused: wrong password", memberId);
        }
        PasswordConfirmation.throwIfAny(wrong, errors);

        Deleted deleted = delete(memberId, memberId, (session, current) -> true)
            .orElseThrow(() -> new MemberNotFoundException(memberId));
        logger.info("Account '{}' deleted at its member's request: {}", memberId, deleted.counts());
        return deleted;
    }

    /**
     * Deletes the account in one save if {@code condition}, checked in that save, still
     * holds; empty if it does not or the member is gone.
     */
    Optional<Deleted> delete(String memberId, String actor, Condition condition) {
        Instant now = this.clock.instant();
        AuditLog.ensureFolders(this.jcr, now);
        return this.jcr.writeRetrying((session) -> {
            Optional<Member> member = this.members.findById(session, memberId);
            if (member.isEmpty() || !condition.holds(session, member.get())) {
                return Optional.<Deleted>empty();
            }
            return Optional.of(erase(session, member.get(), actor, now));
        });
    }

    private Deleted erase(Session session, Member member, String actor, Instant now) throws RepositoryException {
        String id = member.id();
        // Everything is looked up before anything is removed: queries see what is saved,
        // not what this session removed.
        List<Ad> ownAds = this.ads.listByOwner(session, id);
        List<Report> ownReports = this.reports.listByReporter(session, id);
        List<Conversation> ownConversations = this.conversations.listOf(session, id);
        List<SavedSearch> ownSearches = this.searches.listByMember(session, id);
        List<Task> openTasks = this.tasks.listOpen(session);
        int documents = this.members.documents(session, id).size();

        int tasksClosed = closeTasks(session, openTasks, subjectsOf(id, ownAds, ownReports), actor, now);
        for (Report report : ownReports) {
            if (report.isOpen()) {
                this.reports.update(session, report.decide(ReportStatus.DISMISSED, REPORTER_LEFT));
            }
            this.reports.forgetDetails(session, report.id());
        }
        for (Ad ad : ownAds) {
            this.tokens.deleteAllOf(session, ad.id());
            this.ads.delete(session, ad.id());
        }
        for (SavedSearch search : ownSearches) {
            this.searches.delete(session, search.id());
        }
        int messages = 0;
        int conversationsKept = 0;
        for (Conversation conversation : ownConversations) {
            if (this.members.findById(session, conversation.otherThan(id)).isPresent()) {
                messages += this.conversations.removeParticipant(session, conversation.id(), id);
                conversationsKept++;
            }
            else {
                messages += this.conversations.messages(session, conversation.id()).size();
                this.conversations.delete(session, conversation.id());
            }
        }
        this.blocks.deleteAllOf(session, id);
        this.tokens.deleteAllOf(session, id);
        this.members.delete(session, id);
        this.audit.record(session, new AuditEntry(now, actor, "ACCOUNT_DELETED", id, null));
        return new Deleted(id, ownAds.size(), ownSearches.size(), conversationsKept,
                ownConversations.size() - conversationsKept, messages, ownReports.size(), documents, tasksClosed);
    }

    /**
     * What the member's open tasks are about: their application, their ads, their open
     * reports.
     */
    private static Set<String> subjectsOf(String memberId, List<Ad> ownAds, List<Report> ownReports) {
        Set<String> subjects = new HashSet<>();
        subjects.add(memberId);
        ownAds.forEach((ad) -> subjects.add(ad.id()));
        ownReports.stream().filter(Report::isOpen).forEach((report) -> subjects.add(report.id()));
        return subjects;
    }

    private int closeTasks(Session session, List<Task> openTasks, Set<String> subjects, String actor, Instant now)
            throws RepositoryException {
        int closed = 0;
        for (Task task : openTasks) {
            if (subjects.contains(task.subjectId())) {
                this.tasks.decide(session, task.id(),
                        new Decision(Outcome.REJECTED, actor, now, ACCOUNT_DELETED, List.of()));
                closed++;
            }
        }
        return closed;
    }

    /** A check made in the deleting save, on the member as stored then. */
    @FunctionalInterface
    interface Condition {

        boolean holds(Session session, Member member) throws RepositoryException;

    }

    /**
     * What one deletion removed, for the log: counts only, never personal data.
     *
     * @param conversationsKept conversations left to the other member, without the
     * leaver's messages
     * @param conversationsDeleted conversations deleted whole, the other member having
     * left too
     * @param messages messages the leaver wrote, deleted
     * @param reports reports the leaver made, stripped of their words
     * @param documents registration documents still stored, deleted
     * @param tasksClosed open inbox tasks about the leaver, their ads or reports, closed
     */
    public record Deleted(String memberId, int ads, int savedSearches, int conversationsKept, int conversationsDeleted,
            int messages, int reports, int documents, int tasksClosed) {

        /** The counts as one line for the log. */
        public String counts() {
            return "ads=%d savedSearches=%d conversationsKept=%d conversationsDeleted=%d messages=%d reports=%d"
                .formatted(this.ads, this.savedSearches, this.conversationsKept, this.conversationsDeleted,
                        this.messages, this.reports)
                    + " documents=%d tasksClosed=%d".formatted(this.documents, this.tasksClosed);
        }

    }

}
