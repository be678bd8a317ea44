package org.opencity.childcare.webapp.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Ads;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

/**
 * Real things for the path variables of a route, so that hostile values reach the
 * handler's work rather than stop at "not found": the fuzzing member's own ad, another
 * member's ad, their conversation, a saved search, an application with its document, a
 * report waiting in the webmasters' inbox, a member to suspend and a staff account to
 * reset or disable. Ads, applications, reports, members and staff accounts are new for
 * each route, since a route may close, decide, suspend or disable them.
 */
final class Fixtures {

    private final Journeys journeys;

    private final AdService ads;

    private final ConversationService conversations;

    private final SavedSearchService searches;

    private final ReportService reports;

    private final RegistrationInbox inbox;

    private final TestStaff staff;

    private final Member member;

    private final Member other;

    private @Nullable String conversation;

    private @Nullable String savedSearch;

    Fixtures(ApplicationContext context, Journeys journeys, Member member, Member other) {
        this.journeys = journeys;
        this.ads = context.getBean(AdService.class);
        this.conversations = context.getBean(ConversationService.class);
        this.searches = context.getBean(SavedSearchService.class);
        this.reports = context.getBean(ReportService.class);
        this.inbox = context.getBeanProvider(RegistrationInbox.class)
            .getIfAvailable(() -> new RegistrationInbox(context.getBean(JcrTemplate.class)));
        this.staff = new TestStaff(context);
        this.member = member;
        this.other = other;
    }

    /** A value for each path variable of {@code route}. */
    Map<String, String> variables(Route route) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        String pattern = route.pattern();
        String task = null;
        for (String name : route.variables()) {
            String value;
            if (pattern.startsWith("/backoffice/taches/{")) {
                if (task == null) {
                    task = registrationTask();
                }
                value = name.equals("documentId") ? document(task) : task;
            }
            else if (pattern.startsWith("/backoffice/signalements/{")) {
                value = reportTask();
            }
            else if (pattern.startsWith("/backoffice/annonces/{")) {
                value = otherAd();
            }
            else if (pattern.startsWith("/backoffice/membres/{")) {
                value = member();
            }
            else if (pattern.startsWith("/backoffice/personnel/{")) {
                value = this.staff.editor().username();
            }
            else if (pattern.startsWith(SitePaths.ADS + "/{adId}")) {
                value = otherAd();
            }
            else if (pattern.startsWith(SitePaths.ADS + "/{")) {
                value = this.ads.post(this.member.id(), titled(Ads.sharedCare())).id();
            }
            else if (pattern.startsWith(SitePaths.CONVERSATIONS + "/{")) {
                value = conversation();
            }
            else if (pattern.startsWith(SitePaths.SAVED_SEARCHES + "/{")) {
                value = savedSearch();
            }
            else {
                value = UUID.randomUUID().toString();
            }
            values.put(name, value);
        }
        return values;
    }

    /**
     * An active member of their own, new for each route: a hostile reason may suspend
     * them.
     */
    private String member() throws Exception {
        String email = Applicants.uniqueEmail("fuzz.suspended");
        this.journeys.registerFamily(email);
        return this.journeys.approve(email).id();
    }

    private String otherAd() {
        return this.ads.post(this.other.id(), titled(Ads.familySeekingFamily())).id();
    }

    private String conversation() {
        if (this.conversation == null) {
            this.conversation = this.conversations.contact(this.member.id(), otherAd(), "Bonjour, parlons-en.").id();
        }
        return this.conversation;
    }

    private String savedSearch() {
        if (this.savedSearch == null || this.searches.listOwn(this.member.id())
            .stream()
            .noneMatch((search) -> search.id().equals(this.savedSearch))) {
            List<org.opencity.childcare.alert.SavedSearch> own = this.searches.listOwn(this.member.id());
            this.savedSearch = (own.size() >= SavedSearchService.MAX_PER_MEMBER) ? own.get(0).id()
                    : this.searches.save(this.member.id(), "quartier=centre", "Centre", "DAILY", Locale.FRENCH).id();
        }
        return this.savedSearch;
    }

    private String registrationTask() throws Exception {
        String email = Applicants.uniqueEmail("fuzz");
        this.journeys.registerFamily(email);
        return this.journeys.openTasksOf(email).get(0).task().id();
    }

    private String document(String task) {
        return this.inbox.details(task).orElseThrow().documents().get(0).id();
    }

    private String reportTask() {
        String ad = otherAd();
        String taskId = this.reports.reportAd(this.member.id(), ad, "FRAUD", "Annonce douteuse.").taskId();
        if (taskId == null) {
            throw new IllegalStateException("A report without inbox task");
        }
        return taskId;
    }

    private static org.opencity.childcare.listing.AdForm titled(org.opencity.childcare.listing.AdForm form) {
        form.setTitle(form.getTitle() + " " + UUID.randomUUID().toString().substring(0, 6));
        return form;
    }

}
