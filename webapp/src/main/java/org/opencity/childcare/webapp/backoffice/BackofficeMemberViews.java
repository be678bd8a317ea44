package org.opencity.childcare.webapp.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.member.Verification;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.suspension.MemberSuspensions;
import org.opencity.childcare.webapp.backoffice.BackofficeMembers.AdCounts;
import org.opencity.childcare.webapp.backoffice.BackofficeMembers.Record;
import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;
import org.opencity.childcare.webapp.web.Options;

/**
 * Turns members into what the back-office member list and member page show, every text
 * translated.
 */
@Component
class BackofficeMemberViews {

    private static final String MEMBER = "backoffice.member.";

    /** The audit actions whose detail is a reason a webmaster gave. */
    private static final List<String> WITH_REASON = List.of("REGISTRATION_REJECTED", MemberSuspensions.SUSPENDED);

    private final Messages messages;

    private final BackofficeFormats formats;

    private final Neighbourhoods neighbourhoods;

    BackofficeMemberViews(Messages messages, BackofficeFormats formats, Neighbourhoods neighbourhoods) {
        this.messages = messages;
        this.formats = formats;
        this.neighbourhoods = neighbourhoods;
    }

    /** The lines of the member list. */
    List<MemberRow> rows(List<Member> members, Locale locale) {
        return members.stream().map((member) -> row(member, locale)).toList();
    }

    /** The status filter's choices, in the order of a member's life. */
    List<Map<String, String>> statusOptions(Locale locale) {
        return Arrays.stream(MemberStatus.values())
            .map((status) -> Options.option(status.name(), statusLabel(status, locale)))
            .toList();
    }

    /** The member page. */
    MemberDetailsView details(Record record, Locale locale) {
        Member member = record.member();
        Profile profile = member.profile();
        MemberDetailsView.Suspension suspension = record.suspension()
            .map((entry) -> new MemberDetailsView.Suspension(
                    text(MEMBER + "suspendedBy", locale, entry.actor(), this.formats.dateTime(entry.at(), locale)),
                    (entry.detail() != null) ? entry.detail() : ""))
            .orElse(null);
        String adsPath = (member.identifier() != null) ? UriComponentsBuilder.fromPath(BackofficePaths.ADS)
            .queryParam(BackofficeLists.TEXT, "{identifier}")
            .encode()
            .buildAndExpand(Map.of("identifier", member.identifier()))
            .toUriString() : null;
        return new MemberDetailsView(profile.firstName() + " " + profile.lastName(), member.status().name(),
                statusLabel(member.status(), locale), suspension, facts(record, locale), adsPath,
                history(record, locale), member.status() == MemberStatus.ACTIVE,
                member.status() == MemberStatus.SUSPENDED, path(BackofficePaths.MEMBER, member),
                path(BackofficePaths.SUSPEND, member), path(BackofficePaths.REACTIVATE, member));
    }

    /**
     * The message key of a member's kind, as staff read it: a family, or the kind of
     * caregiver.
     */
    static String kindKey(Profile profile) {
        String kind = (profile.kind() == MemberKind.FAMILY) ? "FAMILY" : String.valueOf(profile.caregiverType());
        return "backoffice.applicant.kind." + kind;
    }

    private String kind(Profile profile, Locale locale) {
        return text(kindKey(profile), locale);
    }

    private MemberRow row(Member member, Locale locale) {
        Profile profile = member.profile();
        return new MemberRow(path(BackofficePaths.MEMBER, member), profile.firstName() + " " + profile.lastName(),
                identifier(member, locale), profile.email(), kind(profile, locale), member.status().name(),
                statusLabel(member.status(), locale), this.formats.dateTime(member.registeredAt(), locale));
    }

    private List<Field> facts(Record record, Locale locale) {
        Member member = record.member();
        Profile profile = member.profile();
        List<Field> facts = new ArrayList<>();
        facts.add(field("identifier", locale, identifier(member, locale)));
        facts.add(field("kind", locale, kind(profile, locale)));
        facts.add(field("status", locale, statusLabel(member.status(), locale)));
        facts.add(field("email", locale, profile.email()));
        facts.add(field("phone", locale,
                (profile.phone() != null) ? profile.phone() : text("backoffice.applicant.none", locale)));
        facts.add(field("neighbourhood", locale, this.neighbourhoods.nameOf(profile.neighbourhood())));
        facts.add(field("registered", locale, this.formats.dateTime(member.registeredAt(), locale)));
        facts.add(field("verification", locale, verification(member, locale)));
        facts.add(field("lastLogin", locale, (record.lastLogin() != null)
                ? this.formats.dateTime(record.lastLogin(), locale) : text(MEMBER + "neverLoggedIn", locale)));
        facts.add(field("ads", locale, ads(record.ads(), locale)));
        return facts;
    }

    private String verification(Member member, Locale locale) {
        Verification verification = member.verification();
        if (verification == null) {
            return text("backoffice.ad.owner.notVerified", locale);
        }
        return text("backoffice.ad.owner.verified", locale, verification.decidedBy(),
                this.formats.dateTime(verification.decidedAt(), locale));
    }

    private String ads(AdCounts ads, Locale locale) {
        if (ads.total() == 0) {
            return text(MEMBER + "adsNone", locale);
        }
        if (ads.hidden() > 0) {
            return text(MEMBER + "adsHidden", locale, ads.total(), ads.hidden());
        }
        return text(MEMBER + "adsCount", locale, ads.total(), ads.listed());
    }

    private List<HistoryRow> history(Record record, Locale locale) {
        return record.history().stream().map((entry) -> historyRow(entry, locale)).toList();
    }

    private HistoryRow historyRow(AuditEntry entry, Locale locale) {
        String at = this.formats.dateTime(entry.at(), locale);
        String actorKey = "backoffice.audit.actor." + entry.actor();
        String actor = this.messages.has(actorKey, locale) ? text(actorKey, locale) : entry.actor();
        String actionKey = "backoffice.audit." + entry.action();
        String action = this.messages.has(actionKey, locale) ? text(actionKey, locale) : entry.action();
        // Only a webmaster's refusal or suspension keeps a reason there; others keep
        // references.
        String reason = WITH_REASON.contains(entry.action()) ? entry.detail() : null;
        return new HistoryRow(at, entry.at().toString(), actor, action, reason);
    }

    private String identifier(Member member, Locale locale) {
        return (member.identifier() != null) ? member.identifier() : text("backoffice.ad.owner.noIdentifier", locale);
    }

    private String statusLabel(MemberStatus status, Locale locale) {
        return text("childcare.member.status." + status, locale);
    }

    private static String path(String pattern, Member member) {
        return TaskViews.path(pattern, member.id());
    }

    private Field field(String name, Locale locale, String value) {
        return new Field(text(MEMBER + "field." + name, locale), List.of(value));
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

}
