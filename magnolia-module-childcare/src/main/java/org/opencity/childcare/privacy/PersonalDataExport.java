package org.opencity.childcare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.alert.SavedSearch;
import org.opencity.childcare.alert.SavedSearchRepository;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.conversation.BlockRepository;
import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationRepository;
import org.opencity.childcare.conversation.Message;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.member.EmailChangeRepository;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.report.Report;
import org.opencity.childcare.report.ReportRepository;
import org.opencity.childcare.report.ReportSubject;

/**
 * Everything the service holds about one member, as a tree of maps, lists, strings,
 * numbers, booleans and nulls that any JSON writer serialises as it is: what the member
 * downloads from "my account" (right of access and to portability). Keys are English and
 * stable; a key whose value is unknown is present with {@code null}. Dates and times are
 * ISO 8601 in UTC ({@code 2026-03-10T09:30:00Z}), days {@code 2026-03-17}, birth months
 * {@code 2025-01}.
 *
 * <ul>
 * <li>{@code format} ({@value #FORMAT}), {@code formatVersion}
 * ({@value #FORMAT_VERSION}), {@code exportedAt}</li>
 * <li>{@code account}: {@code id}, {@code identifier} (the login identifier),
 * {@code status}, {@code kind} ({@code FAMILY} or {@code CAREGIVER}),
 * {@code caregiverType}, {@code firstName}, {@code lastName}, {@code email},
 * {@code phone}, {@code postalAddress}, {@code neighbourhood} (its key),
 * {@code neighbourhoodName}, {@code childrenBirthMonths}, {@code approvalNumber},
 * {@code places}, {@code language}, {@code registeredAt}, {@code verifiedAt},
 * {@code lastLoginAt}, {@code inactivityWarningSentAt}, {@code scheduledDeletionAt},
 * {@code pendingEmailChange} (a new address waiting for confirmation: {@code email},
 * {@code requestedAt}, {@code expiresAt}; null if none), {@code history} (list of
 * {@code at}, {@code action})</li>
 * <li>{@code registrationDocuments}: the documents of the application still stored (they
 * are deleted once it is decided), by {@code fileName}, {@code mediaType} and
 * {@code sizeBytes}; never their content</li>
 * <li>{@code ads}, in every status: {@code id}, {@code status}, {@code configuration},
 * {@code careType}, {@code title}, {@code text}, {@code neighbourhood},
 * {@code childrenBirthMonths}, {@code schedule} (slots such as {@code MONDAY:MORNING}),
 * {@code startDate}, {@code hosting}, {@code hourlyRate} (euros, as text),
 * {@code languages}, {@code qualifications}, {@code showPhone}, {@code showEmail},
 * {@code createdAt}, {@code publishedAt}, {@code expiresAt}, {@code foundCare},
 * {@code removalReason}, {@code history} (list of {@code at}, {@code action})</li>
 * <li>{@code conversations}: {@code id}, {@code adId}, {@code adTitle}, {@code role}
 * ({@code WROTE_ABOUT_AD} or {@code AD_OWNER}), {@code otherMember} ({@code firstName}
 * and {@code identifier} only; null once they left the service), {@code startedAt},
 * {@code lastMessageAt}, {@code messages} (list of {@code from}: {@code ME} or
 * {@code OTHER_MEMBER}, {@code sentAt}, {@code text})</li>
 * <li>{@code savedSearches}: {@code id}, {@code name}, {@code query} (the search's
 * filters as a query string), {@code alertFrequency}, {@code createdAt},
 * {@code alertsStoppedAt}</li>
 * <li>{@code reports} the member made: {@code id}, {@code subject} ({@code AD} or
 * {@code MEMBER}), {@code adId}, {@code conversationId}, {@code reason}, {@code details},
 * {@code createdAt}, {@code status}</li>
 * <li>{@code blockedMembers}: {@code firstName}, {@code identifier}, {@code since}</li>
 * </ul>
 *
 * Left out on purpose: reports other members made about this member, and what webmasters
 * noted while deciding them. They hold other people's personal data (who reported, in
 * their own words), which the right of access does not extend to; the member may ask the
 * city, which weighs each case. Of other members, only the first name and identifier they
 * already see in the site are given.
 */
public final class PersonalDataExport {

    /** The name of this document's format. */
    public static final String FORMAT = "childcare-personal-data";

    /** Raised when a key changes meaning or goes; adding keys keeps it. */
    public static final int FORMAT_VERSION = 1;

    private final JcrTemplate jcr;

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    private final ActivityRepository activity = new ActivityRepository();

    private final EmailChangeRepository emailChanges = new EmailChangeRepository();

    private final AdRepository ads;

    private final ConversationRepository conversations = new ConversationRepository();

    private final BlockRepository blocks = new BlockRepository();

    private final SavedSearchRepository searches = new SavedSearchRepository();

    private final ReportRepository reports = new ReportRepository();

    private final AuditLog audit = new AuditLog();

    public PersonalDataExport(JcrTemplate jcr, Neighbourhoods neighbourhoods, Clock clock) {
        this.jcr = jcr;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.ads = new AdRepository(clock);
    }

    /**
     * The member's data, read in one session; a {@code MemberNotFoundException} for an
     * unknown member.
     */
    public Map<String, Object> export(String memberId) {
        return this.jcr.read((session) -> {
            Member member = this.members.getById(session, memberId);
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("format", FORMAT);
            tree.put("formatVersion", FORMAT_VERSION);
            tree.put("exportedAt", this.clock.instant().toString());
            tree.put("account", account(session, member));
            tree.put("registrationDocuments", documents(session, memberId));
            tree.put("ads", ads(session, memberId));
            tree.put("conversations", conversations(session, memberId));
            tree.put("savedSearches", savedSearches(session, memberId));
            tree.put("reports", reports(session, memberId));
            tree.put("blockedMembers", blockedMembers(session, memberId));
            return tree;
        });
    }

    private Map<String, Object> account(Session session, Member member) throws RepositoryException {
        Profile profile = member.profile();
        Optional<MemberActivity> seen = this.activity.find(session, member.id());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", member.id());
        account.put("identifier", member.identifier());
        account.put("status", member.status().name());
        account.put("kind", profile.kind().name());
        account.put("caregiverType", (profile.caregiverType() != null) ? profile.caregiverType().name() : null);
        account.put("firstName", profile.firstName());
        account.put("lastName", profile.lastName());
        account.put("email", profile.email());
        account.put("phone", profile.phone());
        account.put("postalAddress", profile.postalAddress());
        account.put("neighbourhood", profile.neighbourhood());
        account.put("neighbourhoodName", this.neighbourhoods.nameOf(profile.neighbourhood()));
        account.put("childrenBirthMonths", months(profile.children()));
        account.put("approvalNumber", profile.approvalNumber());
        account.put("places", profile.places());
        account.put("language", member.locale().toLanguageTag());
        account.put("registeredAt", text(member.registeredAt()));
        account.put("verifiedAt", (member.verification() != null) ? text(member.verification().decidedAt()) : null);
        account.put("lastLoginAt", seen.map(MemberActivity::lastLoginAt).map(Instant::toString).orElse(null));
        account.put("inactivityWarningSentAt",
                seen.filter(MemberActivity::warned).map(MemberActivity::warnedAt).map(Instant::toString).orElse(null));
        account.put("scheduledDeletionAt",
                seen.filter(MemberActivity::warned)
                    .map(MemberActivity::deletionAt)
                    .map(Instant::toString)
                    .orElse(null));
        account.put("pendingEmailChange", this.emailChanges.find(session, member.id()).map((change) -> {
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("email", change.email());
            pending.put("requestedAt", text(change.requestedAt()));
            pending.put("expiresAt", text(change.expiresAt()));
            return pending;
        }).orElse(null));
        account.put("history", history(session, member.id()));
        return account;
    }

    private List<Map<String, Object>> documents(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (MemberRepository.StoredDocument stored : this.members.documents(session, memberId)) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("fileName", stored.fileName());
            document.put("mediaType", stored.mediaType());
            document.put("sizeBytes", stored.size());
            documents.add(document);
        }
        return documents;
    }

    private List<Map<String, Object>> ads(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Ad ad : this.ads.listByOwner(session, memberId)) {
            AdContent content = ad.content();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", ad.id());
            entry.put("status", ad.status().name());
            entry.put("configuration", content.configuration().name());
            entry.put("careType", content.careType().name());
            entry.put("title", content.title());
            entry.put("text", content.text());
            entry.put("neighbourhood", content.neighbourhood());
            entry.put("childrenBirthMonths", months(content.children()));
            entry.put("schedule", content.schedule().slots());
            entry.put("startDate", content.startDate().toString());
            entry.put("hosting", (content.hosting() != null) ? content.hosting().name() : null);
            entry.put("hourlyRate", (content.hourlyRate() != null) ? content.hourlyRate().toPlainString() : null);
            entry.put("languages", content.languages().stream().sorted().toList());
            entry.put("qualifications", content.qualifications().stream().map(Enum::name).sorted().toList());
            entry.put("showPhone", content.showPhone());
            entry.put("showEmail", content.showEmail());
            entry.put("createdAt", text(ad.createdAt()));
            entry.put("publishedAt", text(ad.publishedAt()));
            entry.put("expiresAt", text(ad.expiresAt()));
            entry.put("foundCare", ad.foundCare());
            entry.put("removalReason", ad.reason());
            entry.put("history", history(session, ad.id()));
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> conversations(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Conversation conversation : this.conversations.listOf(session, memberId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", conversation.id());
            entry.put("adId", conversation.adId());
            entry.put("adTitle",
                    this.ads.findById(session, conversation.adId())
                        .map((ad) -> ad.content().title())
                        .orElse(conversation.adTitle()));
            entry.put("role", conversation.starterId().equals(memberId) ? "WROTE_ABOUT_AD" : "AD_OWNER");
            entry.put("otherMember", otherMember(session, conversation.otherThan(memberId)));
            entry.put("startedAt", text(conversation.createdAt()));
            entry.put("lastMessageAt", text(conversation.lastMessageAt()));
            List<Map<String, Object>> messages = new ArrayList<>();
            for (Message message : this.conversations.messages(session, conversation.id())) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("from", message.senderId().equals(memberId) ? "ME" : "OTHER_MEMBER");
                line.put("sentAt", text(message.sentAt()));
                line.put("text", message.text());
                messages.add(line);
            }
            entry.put("messages", messages);
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> savedSearches(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (SavedSearch search : this.searches.listByMember(session, memberId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", search.id());
            entry.put("name", search.name());
            entry.put("query", search.query());
            entry.put("alertFrequency", search.frequency().name());
            entry.put("createdAt", text(search.createdAt()));
            entry.put("alertsStoppedAt", text(search.stoppedAt()));
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> reports(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Report report : this.reports.listByReporter(session, memberId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", report.id());
            entry.put("subject", report.subject().name());
            // A reported member is named by the conversation, not by their identifier.
            entry.put("adId", (report.subject() == ReportSubject.AD) ? report.subjectId() : null);
            entry.put("conversationId", report.conversationId());
            entry.put("reason", report.reason().name());
            entry.put("details", report.details());
            entry.put("createdAt", text(report.createdAt()));
            entry.put("status", report.status().name());
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> blockedMembers(Session session, String memberId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (BlockRepository.Block block : this.blocks.listBlockedBy(session, memberId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Map<String, Object> other = otherMember(session, block.blockedId());
            entry.put("firstName", (other != null) ? other.get("firstName") : null);
            entry.put("identifier", (other != null) ? other.get("identifier") : null);
            entry.put("since", text(block.at()));
            result.add(entry);
        }
        return result;
    }

    /** Another member as the site shows them: first name and identifier; null if gone. */
    private @Nullable Map<String, Object> otherMember(Session session, String otherId) throws RepositoryException {
        Optional<Member> other = this.members.findById(session, otherId);
        if (other.isEmpty()) {
            return null;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("firstName", other.get().profile().firstName());
        entry.put("identifier", other.get().identifier());
        return entry;
    }

    private List<Map<String, Object>> history(Session session, String subjectId) throws RepositoryException {
        List<Map<String, Object>> result = new ArrayList<>();
        for (AuditEntry audited : this.audit.forSubject(session, subjectId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", text(audited.at()));
            entry.put("action", audited.action());
            result.add(entry);
        }
        return result;
    }

    private static List<String> months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).toList();
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return (instant != null) ? instant.toString() : null;
    }

}
