package org.opencity.childcare.webapp.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.DocumentType;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.MemberRepository.StoredDocument;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.registration.RegistrationInbox.Details;
import org.opencity.childcare.registration.RegistrationInbox.Item;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Record;
import org.opencity.childcare.webapp.backoffice.TaskView.CheckOption;
import org.opencity.childcare.webapp.backoffice.TaskView.DocumentRow;
import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;

/**
 * Turns inbox data into what the inbox and registration task pages show, every text
 * translated; ads are put into words by {@link BackofficeAdViews}.
 */
@Component
class TaskViews {

    private static final String APPLICANT = "backoffice.applicant.";

    private final Messages messages;

    private final BackofficeFormats formats;

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    private final BackofficeAdViews adViews;

    TaskViews(Messages messages, BackofficeFormats formats, Neighbourhoods neighbourhoods, Clock clock,
            BackofficeAdViews adViews) {
        this.messages = messages;
        this.formats = formats;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.adViews = adViews;
    }

    /**
     * The inbox lines, in the order given (oldest first). {@code ads} are the ads that ad
     * reviews and reports are about, by id, as far as they still exist.
     */
    List<InboxRow> inbox(List<Item> items, Map<String, Record> ads, Locale locale) {
        Instant now = this.clock.instant();
        return items.stream().map((item) -> inboxRow(item, ads, now, locale)).toList();
    }

    /**
     * The task page. {@code ticked} are the checks to show ticked, as sent back with a
     * form that must be corrected.
     */
    TaskView task(Details details, String staff, Collection<String> ticked, Locale locale) {
        Profile profile = details.member().profile();
        String taskId = details.task().id();
        List<CheckOption> checks = VerificationCheck.forApplicant(profile)
            .stream()
            .map((check) -> checkOption(check, ticked, locale))
            .toList();
        List<DocumentRow> documents = details.documents()
            .stream()
            .map((document) -> document(taskId, document, locale))
            .toList();
        List<HistoryRow> history = details.history().stream().map((entry) -> history(entry, locale)).toList();
        TaskView.Paths paths = new TaskView.Paths(path(BackofficePaths.CLAIM, taskId),
                path(BackofficePaths.APPROVE, taskId), path(BackofficePaths.REJECT, taskId));

        String claimedBy = details.task().claimedBy();
        return new TaskView(fullName(profile), decision(details, locale), claimedBy, staff.equals(claimedBy),
                applicant(details.member(), locale), documents, checks, history, paths);
    }

    /** The name staff know an applicant by in notices: first name and initial. */
    static String shortName(Member member) {
        return member.profile().publicName();
    }

    /** A path with its {@code {id}} filled in and encoded. */
    static String path(String pattern, String... values) {
        return UriComponentsBuilder.fromPath(pattern).encode().buildAndExpand((Object[]) values).toUriString();
    }

    private InboxRow inboxRow(Item item, Map<String, Record> ads, Instant now, Locale locale) {
        Task task = item.task();
        String age = this.formats.age(task.age(now), locale);
        String type = text("backoffice.taskType." + task.type(), locale);
        String path = path(BackofficePaths.TASK, task.id());
        Record ad = ads.get(task.subjectId());
        return switch (task.type()) {
            case REGISTRATION -> registrationRow(item, path, age, type, locale);
            case AD_REVIEW -> new InboxRow(path, age, type, this.adViews.inboxSummary(ad, locale),
                    this.adViews.inboxFacts(ad, locale), task.claimedBy());
            // Reports have a page of their own; a report about an ad names it.
            case REPORT -> new InboxRow(path(BackofficePaths.REPORT, task.id()), age, type,
                    (ad != null) ? text("backoffice.inbox.reportAbout", locale, ad.ad().content().title())
                            : text("backoffice.inbox.report", locale),
                    List.of(), task.claimedBy());
        };
    }

    private InboxRow registrationRow(Item item, String path, String age, String type, Locale locale) {
        Task task = item.task();
        Member member = item.member();
        if (member == null) {
            return new InboxRow(path, age, type, text("backoffice.inbox.noApplicant", locale), List.of(),
                    task.claimedBy());
        }
        Profile profile = member.profile();
        List<Field> facts = List.of(new Field(text("backoffice.inbox.kind", locale), List.of(kind(profile, locale))),
                new Field(text("backoffice.inbox.neighbourhood", locale),
                        List.of(this.neighbourhoods.nameOf(profile.neighbourhood()))));
        return new InboxRow(path, age, type, fullName(profile), facts, task.claimedBy());
    }

    private CheckOption checkOption(VerificationCheck check, Collection<String> ticked, Locale locale) {
        String label = text(check.labelKey(), locale);
        return new CheckOption(check.value(), label, ticked.contains(check.value()));
    }

    private List<Field> applicant(Member member, Locale locale) {
        Profile profile = member.profile();
        List<Field> fields = new ArrayList<>();
        String status = text("childcare.member.status." + member.status(), locale);
        String phone = (profile.phone() != null) ? profile.phone() : text(APPLICANT + "none", locale);
        String neighbourhood = this.neighbourhoods.nameOf(profile.neighbourhood());
        String registered = this.formats.dateTime(member.registeredAt(), locale);
        String language = member.locale().getDisplayLanguage(Messages.supported(locale));

        fields.add(field("status", locale, status));
        fields.add(field("kind", locale, kind(profile, locale)));
        fields.add(field("firstName", locale, profile.firstName()));
        fields.add(field("lastName", locale, profile.lastName()));
        fields.add(field("email", locale, profile.email()));
        fields.add(field("phone", locale, phone));
        fields.add(field("postalAddress", locale, profile.postalAddress()));
        fields.add(field("neighbourhood", locale, neighbourhood));
        if (profile.kind() == MemberKind.FAMILY) {
            fields.add(field("children", locale, children(profile, locale)));
        }
        if (profile.approvalNumber() != null) {
            fields.add(field("approvalNumber", locale, profile.approvalNumber()));
        }
        if (profile.places() != null) {
            String places = text(APPLICANT + "placesValue", locale, profile.places());
            fields.add(field("places", locale, places));
        }
        fields.add(field("registeredAt", locale, registered));
        fields.add(field("language", locale, language));
        if (member.identifier() != null) {
            fields.add(field("identifier", locale, member.identifier()));
        }
        return fields;
    }

    private Field field(String name, Locale locale, String... values) {
        return new Field(text(APPLICANT + name, locale), List.of(values));
    }

    private String[] children(Profile profile, Locale locale) {
        Instant now = this.clock.instant();
        return profile.children()
            .stream()
            .map((birth) -> this.formats.birth(birth, now, locale))
            .toArray(String[]::new);
    }

    private DocumentRow document(String taskId, StoredDocument document, Locale locale) {
        String type = Arrays.stream(DocumentType.values())
            .filter((candidate) -> candidate.mediaType().equals(document.mediaType()))
            .map(DocumentType::name)
            .findFirst()
            .orElse(document.mediaType());
        String size = this.formats.size(document.size(), locale);
        String path = path(BackofficePaths.DOCUMENT, taskId, document.id());
        return new DocumentRow(document.fileName(), type, size, path);
    }

    private HistoryRow history(AuditEntry entry, Locale locale) {
        String at = this.formats.dateTime(entry.at(), locale);
        String actor = textOr("backoffice.audit.actor." + entry.actor(), entry.actor(), locale);
        String action = textOr("backoffice.audit." + entry.action(), entry.action(), locale);
        // Only a refusal's detail is a reason; other entries keep references there.
        boolean refusal = entry.action().endsWith("_" + Outcome.REJECTED);
        String reason = refusal ? entry.detail() : null;
        return new HistoryRow(at, entry.at().toString(), actor, action, reason);
    }

    /**
     * "Validée par … le …" once decided; null while the applicant waits. An application
     * decided without its task (the applicant closed it meanwhile) reads "already
     * handled".
     */
    private @Nullable String decision(Details details, Locale locale) {
        Decision decision = details.task().decision();
        if (decision == null) {
            boolean pending = details.member().status() == MemberStatus.PENDING;
            return pending ? null : text("backoffice.task.alreadyDecided", locale);
        }

        String by = decision.decidedBy();
        String when = this.formats.dateTime(decision.decidedAt(), locale);
        if (decision.outcome() == Outcome.APPROVED) {
            return text("backoffice.task.approvedBy", locale, by, when);
        }
        String reason = (decision.reason() != null) ? decision.reason() : "";
        return text("backoffice.task.rejectedBy", locale, by, when, reason);
    }

    private String kind(Profile profile, Locale locale) {
        return text(BackofficeMemberViews.kindKey(profile), locale);
    }

    private static String fullName(Profile profile) {
        return profile.firstName() + " " + profile.lastName();
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

    private String textOr(String key, String fallback, Locale locale) {
        return this.messages.has(key, locale) ? text(key, locale) : fallback;
    }

}
