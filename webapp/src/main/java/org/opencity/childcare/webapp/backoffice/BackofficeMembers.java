package org.opencity.childcare.webapp.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.privacy.ActivityRepository;
import org.opencity.childcare.privacy.MemberActivity;
import org.opencity.childcare.suspension.MemberSuspensions;

/**
 * What webmasters read about members: every member whatever their status, found by
 * identifier, name or e-mail address, and one member with their activity, their ads and
 * their history. Read-only; suspensions go through
 * {@link org.opencity.childcare.suspension.MemberSuspensions}.
 */
@Component
class BackofficeMembers {

    /** How many members one page of the list shows. */
    static final int PAGE_SIZE = 20;

    private final JcrTemplate jcr;

    private final AdRepository ads;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    private final ActivityRepository activity = new ActivityRepository();

    private final AuditLog audit = new AuditLog();

    BackofficeMembers(JcrTemplate jcr, Clock clock) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.clock = clock;
    }

    /**
     * One page of the members that pass the filter, newest registration first. A page
     * past the last shows the last.
     */
    Found search(Filter filter, int page) {
        return this.jcr.read((session) -> {
            List<Member> matching = matching(session, filter);
            int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int shown = Math.min(Math.max(page, 1), pages);
            int from = (shown - 1) * PAGE_SIZE;
            return new Found(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), matching.size(),
                    shown, pages);
        });
    }

    /**
     * The member with their last login, their ads and their history; empty for an unknown
     * or malformed id.
     */
    Optional<Record> member(String memberId) {
        return this.jcr.read((session) -> {
            Optional<Member> member = this.members.findById(session, memberId);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            Instant lastLogin = this.activity.find(session, memberId).map(MemberActivity::lastLoginAt).orElse(null);
            return Optional.of(new Record(member.get(), lastLogin, adCounts(session, memberId),
                    this.audit.forSubject(session, memberId)));
        });
    }

    /**
     * The members in the filter's status in whose identifier, names or e-mail address
     * every word of the filter's text appears, ignoring case and accents.
     */
    private List<Member> matching(Session session, Filter filter) throws RepositoryException {
        List<Member> all = this.members.listNewestFirst(session, filter.status());
        String[] words = words(filter.text());
        if (words.length == 0) {
            return all;
        }
        return all.stream().filter((member) -> {
            String haystack = haystack(member);
            return Arrays.stream(words).allMatch(haystack::contains);
        }).toList();
    }

    private AdCounts adCounts(Session session, String memberId) throws RepositoryException {
        Instant now = this.clock.instant();
        int listed = 0;
        int hidden = 0;
        List<Ad> own = this.ads.listByOwner(session, memberId);
        for (Ad ad : own) {
            if (ad.isListedAt(now)) {
                listed++;
            }
            else if (ad.ownerSuspended() && ad.withOwnerSuspended(false).isListedAt(now)) {
                hidden++;
            }
        }
        return new AdCounts(own.size(), listed, hidden);
    }

    private static String haystack(Member member) {
        Profile profile = member.profile();
        String identifier = (member.identifier() != null) ? member.identifier() : "";
        return String.join(" ", normalise(identifier), normalise(profile.firstName() + " " + profile.lastName()),
                normalise(profile.email()));
    }

    private static String[] words(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? new String[0] : normalised.split(" ");
    }

    /** Lower case, without accents, words separated by single spaces. */
    private static String normalise(String text) {
        return AdRepository.searchText(text, "");
    }

    /**
     * A member as webmasters see them.
     *
     * @param lastLogin when they last logged in; null if never (or not since logins were
     * recorded)
     * @param history the audit entries about the member, oldest first
     */
    record Record(Member member, @Nullable Instant lastLogin, AdCounts ads, List<AuditEntry> history) {

        Record {
            history = List.copyOf(history);
        }

        /** The entry of the suspension in force, if the member is suspended. */
        Optional<AuditEntry> suspension() {
            if (this.member.status() != MemberStatus.SUSPENDED) {
                return Optional.empty();
            }
            AuditEntry found = null;
            for (AuditEntry entry : this.history) {
                if (entry.action().equals(MemberSuspensions.SUSPENDED)) {
                    found = entry;
                }
            }
            return Optional.ofNullable(found);
        }

    }

    /**
     * @param total the member's ads in every status
     * @param listed those other members can find now
     * @param hidden those that would be listed but for the member's suspension
     */
    record AdCounts(int total, int listed, int hidden) {

    }

    /**
     * What the list is narrowed to.
     *
     * @param status only members in this status; null for all
     * @param text words of an identifier, a name or an e-mail address; empty for all
     */
    record Filter(@Nullable MemberStatus status, String text) {

    }

    /**
     * One page of the list.
     *
     * @param total how many members pass the filter, on every page
     * @param page the page shown, from 1
     * @param pages how many pages there are, at least 1
     */
    record Found(List<Member> members, int total, int page, int pages) {

        Found {
            members = List.copyOf(members);
        }

    }

}
