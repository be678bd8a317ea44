package org.opencity.childcare.webapp.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.AdView;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.member.Verification;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Record;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Review;
import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;
import org.opencity.childcare.webapp.web.Options;

/**
 * Turns ads into what the back-office ad list, ad page and review page show, every text
 * translated. What the ad says is put into words by the module's {@link AdPresenter},
 * exactly as residents read it; the rest (owner, life, history) is for staff only.
 */
@Component
class BackofficeAdViews {

    private static final String AD = "backoffice.ad.";

    /** The actor the expiry job signs its audit entries with. */
    private static final String EXPIRY_JOB = "expiry-job";

    private final Messages messages;

    private final BackofficeFormats formats;

    private final AdPresenter presenter;

    private final Clock clock;

    BackofficeAdViews(Messages messages, BackofficeFormats formats, AdPresenter presenter, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.presenter = presenter;
        this.clock = clock;
    }

    /** The ad page: the ad, its owner, its life so far. */
    AdDetailsView details(Record record, Locale locale) {
        Ad ad = record.ad();
        AdView words = this.presenter.present(ad, locale);
        String reviewPath = (record.reviewTaskId() != null)
                ? TaskViews.path(BackofficePaths.TASK, record.reviewTaskId()) : null;
        return new AdDetailsView(ad.content().title(), statusName(ad), statusLabel(ad, locale), facts(words, locale),
                paragraphs(ad.content().text()), owner(record.owner(), locale),
                (record.owner() != null) ? TaskViews.path(BackofficePaths.MEMBER, ad.ownerId()) : null,
                life(record, locale), history(record, locale), ad.status().next().contains(AdStatus.REMOVED),
                reviewPath, TaskViews.path(BackofficeAdsController.AD, ad.id()),
                TaskViews.path(BackofficeAdsController.REMOVE_AD, ad.id()));
    }

    /**
     * The review task page: the ad as residents would see it, and the decision if taken.
     */
    AdReviewView review(Review review, String staff, Locale locale) {
        Task task = review.task();
        String id = task.id();
        TaskView.Paths paths = new TaskView.Paths(TaskViews.path(BackofficePaths.CLAIM, id),
                TaskViews.path(BackofficePaths.APPROVE, id), TaskViews.path(BackofficePaths.REJECT, id));
        String claimedBy = task.claimedBy();
        return new AdReviewView(review.record().ad().content().title(), decision(review, locale), claimedBy,
                staff.equals(claimedBy), details(review.record(), locale), paths);
    }

    /** The lines of the ad list. */
    List<AdRow> rows(List<Record> records, Locale locale) {
        return records.stream().map((record) -> row(record, locale)).toList();
    }

    /** The status filter's choices, in the order of the ad's life. */
    List<Map<String, String>> statusOptions(Locale locale) {
        return Arrays.stream(AdStatus.values())
            .map((status) -> Options.option(status.name(), text(AD + "status." + status, locale)))
            .toList();
    }

    /** The inbox's one-line summary of an ad under review: its title and its owner. */
    String inboxSummary(@Nullable Record record, Locale locale) {
        if (record == null) {
            return text("backoffice.inbox.adGone", locale);
        }
        return text("backoffice.inbox.adSummary", locale, record.ad().content().title(),
                ownerIdentifier(record.owner(), locale));
    }

    /** The inbox's facts about an ad under review. */
    List<Field> inboxFacts(@Nullable Record record, Locale locale) {
        if (record == null) {
            return List.of();
        }
        AdView words = this.presenter.present(record.ad(), locale);
        return List.of(field("configuration", locale, words.configurationLabel()),
                field("neighbourhood", locale, words.neighbourhood()),
                field("owner", locale, ownerName(record.owner(), locale)));
    }

    private AdRow row(Record record, Locale locale) {
        Ad ad = record.ad();
        String expires = (ad.expiresAt() != null) ? this.formats.dateTime(ad.expiresAt(), locale) : null;
        return new AdRow(TaskViews.path(BackofficeAdsController.AD, ad.id()), ad.content().title(), statusName(ad),
                statusLabel(ad, locale), ownerName(record.owner(), locale),
                this.formats.dateTime(ad.createdAt(), locale), expires);
    }

    private List<Field> facts(AdView ad, Locale locale) {
        List<Field> facts = new ArrayList<>();
        facts.add(field("configuration", locale, ad.configurationLabel()));
        facts.add(field("careType", locale, ad.careTypeLabel()));
        facts.add(field("neighbourhood", locale, ad.neighbourhood()));
        facts.add(new Field(text(AD + "field.children", locale), ad.children()));
        facts.add(new Field(text(AD + "field.schedule", locale), ad.schedule()));
        facts.add(field("startDate", locale, ad.startDate()));
        if (ad.hosting() != null) {
            facts.add(field("hosting", locale, ad.hosting()));
        }
        if (ad.hourlyRate() != null) {
            facts.add(field("hourlyRate", locale, text(AD + "hourlyRateValue", locale, ad.hourlyRate())));
        }
        if (!ad.languages().isEmpty()) {
            facts.add(new Field(text(AD + "field.languages", locale), ad.languages()));
        }
        if (!ad.qualifications().isEmpty()) {
            facts.add(new Field(text(AD + "field.qualifications", locale), ad.qualifications()));
        }
        facts.add(field("contact", locale, contact(ad, locale)));
        return facts;
    }

    private String contact(AdView ad, Locale locale) {
        if (ad.showPhone() && ad.showEmail()) {
            return text(AD + "contact.both", locale);
        }
        if (ad.showPhone()) {
            return text(AD + "contact.phone", locale);
        }
        if (ad.showEmail()) {
            return text(AD + "contact.email", locale);
        }
        return text(AD + "contact.none", locale);
    }

    private List<Field> owner(@Nullable Member owner, Locale locale) {
        if (owner == null) {
            return List.of(new Field(text(AD + "owner.account", locale), List.of(text(AD + "owner.gone", locale))));
        }
        Profile profile = owner.profile();
        String phone = (profile.phone() != null) ? profile.phone() : text("backoffice.applicant.none", locale);
        List<Field> fields = new ArrayList<>();
        fields.add(ownerField("identifier", locale, ownerIdentifier(owner, locale)));
        fields.add(ownerField("name", locale, profile.firstName() + " " + profile.lastName()));
        fields.add(ownerField("kind", locale, kind(profile, locale)));
        fields.add(ownerField("email", locale, profile.email()));
        fields.add(ownerField("phone", locale, phone));
        fields.add(ownerField("status", locale, text("childcare.member.status." + owner.status(), locale)));
        fields.add(ownerField("verification", locale, verification(owner, locale)));
        return fields;
    }

    /**
     * "Vérifiée par … le …" for a member a webmaster approved; "non vérifiée" otherwise.
     */
    private String verification(Member owner, Locale locale) {
        Verification verification = owner.verification();
        if (verification == null || owner.identifier() == null) {
            return text(AD + "owner.notVerified", locale);
        }
        return text(AD + "owner.verified", locale, verification.decidedBy(),
                this.formats.dateTime(verification.decidedAt(), locale));
    }

    private List<Field> life(Record record, Locale locale) {
        Ad ad = record.ad();
        Instant now = this.clock.instant();
        List<Field> fields = new ArrayList<>();
        fields.add(lifeField("status", locale, statusLabel(ad, locale)));
        fields.add(lifeField("created", locale, this.formats.dateTime(ad.createdAt(), locale)));
        if (ad.publishedAt() != null) {
            fields.add(lifeField("published", locale, this.formats.dateTime(ad.publishedAt(), locale)));
        }
        Instant expiresAt = ad.expiresAt();
        if (expiresAt != null && (ad.status() == AdStatus.PUBLISHED || ad.status() == AdStatus.EXPIRED)) {
            String key = now.isBefore(expiresAt) ? "expires" : "expired";
            fields.add(lifeField(key, locale, this.formats.dateTime(expiresAt, locale)));
        }
        if (ad.ownerSuspended() && ad.status() == AdStatus.PUBLISHED) {
            fields.add(lifeField("hidden", locale, text(AD + "life.hiddenOwnerSuspended", locale)));
        }
        String ending = ending(record, locale);
        if (ending != null) {
            fields.add(lifeField("ending", locale, ending));
        }
        if (ad.reason() != null && (ad.status() == AdStatus.REMOVED || ad.status() == AdStatus.REJECTED)) {
            fields.add(lifeField("reason", locale, ad.reason()));
        }
        return fields;
    }

    /** How the ad left the listings for good, by whom and when; null while it has not. */
    private @Nullable String ending(Record record, Locale locale) {
        Ad ad = record.ad();
        return switch (ad.status()) {
            case WITHDRAWN -> text(AD + "life.withdrawn", locale, when(record, locale, "AD_WITHDRAWN"));
            case CLOSED -> Boolean.TRUE.equals(ad.foundCare())
                    ? text(AD + "life.closedCareFound", locale, when(record, locale, "AD_CLOSED_CARE_FOUND"))
                    : text(AD + "life.closed", locale, when(record, locale, "AD_CLOSED"));
            case REMOVED ->
                text(AD + "life.removed", locale, who(record, "AD_REMOVED"), when(record, locale, "AD_REMOVED"));
            case REJECTED ->
                text(AD + "life.rejected", locale, who(record, "AD_REJECTED"), when(record, locale, "AD_REJECTED"));
            default -> null;
        };
    }

    private String when(Record record, Locale locale, String action) {
        AuditEntry entry = last(record, action);
        return (entry != null) ? this.formats.dateTime(entry.at(), locale) : text(AD + "life.unknown", locale);
    }

    private String who(Record record, String action) {
        AuditEntry entry = last(record, action);
        return (entry != null) ? entry.actor() : "?";
    }

    private static @Nullable AuditEntry last(Record record, String action) {
        AuditEntry found = null;
        for (AuditEntry entry : record.history()) {
            if (entry.action().equals(action)) {
                found = entry;
            }
        }
        return found;
    }

    private List<HistoryRow> history(Record record, Locale locale) {
        return record.history().stream().map((entry) -> historyRow(record.ad(), entry, locale)).toList();
    }

    private HistoryRow historyRow(Ad ad, AuditEntry entry, Locale locale) {
        String at = this.formats.dateTime(entry.at(), locale);
        String actor = entry.actor();
        if (actor.equals(ad.ownerId())) {
            actor = text(AD + "actor.owner", locale);
        }
        else if (actor.equals(EXPIRY_JOB)) {
            actor = text(AD + "actor.expiryJob", locale);
        }
        String key = "backoffice.audit." + entry.action();
        String action = this.messages.has(key, locale) ? text(key, locale) : entry.action();
        // Only a webmaster's removal or refusal keeps a reason there; others keep
        // references.
        boolean withReason = entry.action().equals("AD_REMOVED") || entry.action().equals("AD_REJECTED");
        return new HistoryRow(at, entry.at().toString(), actor, action, withReason ? entry.detail() : null);
    }

    /**
     * "Publiée par … le …" once decided; "withdrawn by its owner" when the owner took the
     * ad back before anyone reviewed it; null while it waits.
     */
    private @Nullable String decision(Review review, Locale locale) {
        Decision decision = review.task().decision();
        Ad ad = review.record().ad();
        if (decision == null) {
            return (ad.status() == AdStatus.PENDING_REVIEW) ? null : text("backoffice.task.alreadyDecided", locale);
        }

        String when = this.formats.dateTime(decision.decidedAt(), locale);
        if (decision.outcome() == Outcome.APPROVED) {
            return text("backoffice.review.approvedBy", locale, decision.decidedBy(), when);
        }
        boolean withdrawn = decision.decidedBy().equals(ad.ownerId())
                && AdService.WITHDRAWN_BY_OWNER.equals(decision.reason());
        if (withdrawn) {
            return text("backoffice.review.withdrawn", locale, when);
        }
        String reason = (decision.reason() != null) ? decision.reason() : "";
        return text("backoffice.review.rejectedBy", locale, decision.decidedBy(), when, reason);
    }

    /**
     * The status staff should read: a published ad past its expiry is out of the
     * listings, whether or not the expiry job has marked it yet.
     */
    private AdStatus status(Ad ad) {
        return ad.isDueToExpire(this.clock.instant()) ? AdStatus.EXPIRED : ad.status();
    }

    private String statusName(Ad ad) {
        return status(ad).name();
    }

    private String statusLabel(Ad ad, Locale locale) {
        return text(AD + "status." + status(ad), locale);
    }

    private String ownerIdentifier(@Nullable Member owner, Locale locale) {
        if (owner == null) {
            return text(AD + "owner.gone", locale);
        }
        return (owner.identifier() != null) ? owner.identifier() : text(AD + "owner.noIdentifier", locale);
    }

    private String ownerName(@Nullable Member owner, Locale locale) {
        if (owner == null) {
            return text(AD + "owner.gone", locale);
        }
        return owner.profile().publicName() + " (" + ownerIdentifier(owner, locale) + ")";
    }

    private String kind(Profile profile, Locale locale) {
        return text(BackofficeMemberViews.kindKey(profile), locale);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
    }

    private Field field(String name, Locale locale, String value) {
        return new Field(text(AD + "field." + name, locale), List.of(value));
    }

    private Field ownerField(String name, Locale locale, String value) {
        return new Field(text(AD + "owner." + name, locale), List.of(value));
    }

    private Field lifeField(String name, Locale locale, String value) {
        return new Field(text(AD + "life." + name, locale), List.of(value));
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

}
