package org.opencity.childcare.privacy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.member.EmailChanges;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.PrefixPasswordHasher;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link PersonalDataExport} on a real repository: Camille's download holds her
 * account, her ad, both sides of her conversation with Nadia, her saved search and her
 * report, and of Nadia only what the site shows Camille.
 */
class PersonalDataExportTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String NADIA_WRITES = "Bonjour, j’ai deux places libres le lundi, parlons-en ?";

    private static final String CAMILLE_REPLIES = "Merci Nadia, appelez-moi en fin de journée.";

    private static final String NADIAS_REPORT = "Le tarif de cette annonce me semble faux.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private JcrTemplate jcr;

    private Leavers leavers;

    private String camille;

    private String nadia;

    private Ad ad;

    private Conversation conversation;

    @BeforeEach
    void camilleTalkedWithNadia() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.leavers = new Leavers(this.jcr, this.clock, this.mails);
        this.camille = this.leavers.active(Personas.family(this.clock), List.of(Personas.proofOfAddress()));
        this.nadia = this.leavers.active(Personas.childminder());
        this.ad = this.leavers.neighbours().sharedCareAd(this.camille);
        ConversationService conversations = this.leavers.conversations();
        this.conversation = conversations.contact(this.nadia, this.ad.id(), NADIA_WRITES);
        conversations.reply(this.camille, this.conversation.id(), CAMILLE_REPLIES);
        new SavedSearchService(this.jcr, new SearchDescription(Messages.module(), Personas.neighbourhoods()),
                this.clock)
            .save(this.camille, "garde=SHARED", "Garde partagée", "DAILY", Locale.FRENCH);
        ReportService reports = new ReportService(this.jcr, this.leavers.neighbours().ads(), this.clock);
        reports.reportMember(this.camille, this.conversation.id(), "INAPPROPRIATE", "Elle insiste beaucoup.");
        reports.reportAd(this.nadia, this.ad.id(), "OTHER", NADIAS_REPORT);
    }

    @Test
    void exportShouldHoldTheAccountAsStoredWithChildrenByBirthMonthAndDocumentsByName() {
        Map<String, Object> data = export().export(this.camille);

        Member stored = this.leavers.member(this.camille);
        assertThat(data).containsEntry("format", "childcare-personal-data").containsEntry("formatVersion", 1);
        assertThat(map(data.get("account"))).containsEntry("email", Personas.FAMILY_EMAIL)
            .containsEntry("lastName", "Martin")
            .containsEntry("postalAddress", "12 rue de la République")
            .containsEntry("neighbourhoodName", "Centre-ville")
            .containsEntry("identifier", stored.identifier())
            .containsEntry("status", "ACTIVE")
            .containsEntry("childrenBirthMonths", List.of(stored.profile().children().get(0).toString()));
        assertThat(list(data.get("registrationDocuments"))).singleElement()
            .satisfies((document) -> assertThat(document).containsEntry("fileName", "justificatif.pdf")
                .containsKeys("mediaType", "sizeBytes")
                .doesNotContainKey("content"));
    }

    @Test
    void exportShouldHoldTheMembersAdMessagesSavedSearchAndReport() {
        Map<String, Object> data = export().export(this.camille);

        assertThat(list(data.get("ads"))).singleElement().satisfies((ad) -> {
            assertThat(ad).containsEntry("id", this.ad.id()).containsEntry("title", this.ad.content().title());
            assertThat(list(ad.get("history"))).extracting((entry) -> entry.get("action")).contains("AD_POSTED");
        });
        assertThat(list(data.get("conversations"))).singleElement().satisfies((conversation) -> {
            assertThat(conversation).containsEntry("role", "AD_OWNER");
            assertThat(map(conversation.get("otherMember"))).containsOnlyKeys("firstName", "identifier")
                .containsEntry("firstName", "Nadia")
                .containsEntry("identifier", this.leavers.member(this.nadia).identifier());
            assertThat(list(conversation.get("messages")))
                .extracting((message) -> message.get("from"), (message) -> message.get("text"))
                .containsExactly(tuple("OTHER_MEMBER", NADIA_WRITES), tuple("ME", CAMILLE_REPLIES));
        });
        assertThat(list(data.get("savedSearches"))).singleElement()
            .satisfies((search) -> assertThat(search).containsEntry("name", "Garde partagée")
                .containsEntry("alertFrequency", "DAILY"));
        assertThat(list(data.get("reports"))).singleElement()
            .satisfies((report) -> assertThat(report).containsEntry("subject", "MEMBER")
                .containsEntry("details", "Elle insiste beaucoup."));
    }

    @Test
    void exportShouldHoldAChangeOfAddressWaitingForConfirmation() {
        assertThat(map(export().export(this.camille).get("account"))).containsEntry("pendingEmailChange", null);
        new EmailChanges(this.jcr, new OneTimeTokens(this.clock, new SecureRandom()), new PrefixPasswordHasher(),
                this.mails.mailer(), new TestLinks(), this.clock, Duration.ofHours(24))
            .request(this.camille, "camille.durand@example.org", Leavers.PASSWORD);

        Map<String, Object> account = map(export().export(this.camille).get("account"));

        assertThat(map(account.get("pendingEmailChange"))).containsEntry("email", "camille.durand@example.org")
            .containsEntry("requestedAt", "2026-03-10T09:30:00Z")
            .containsEntry("expiresAt", "2026-03-11T09:30:00Z");
        assertThat(account).containsEntry("email", Personas.FAMILY_EMAIL);
    }

    @Test
    void exportShouldGiveNothingOfAnotherMemberButTheirFirstNameAndIdentifier() {
        String everything = export().export(this.camille).toString();

        assertThat(everything).doesNotContain(Personas.CHILDMINDER_EMAIL, "Benali", Personas.CHILDMINDER_APPROVAL,
                this.nadia, NADIAS_REPORT);
    }

    private PersonalDataExport export() {
        return new PersonalDataExport(this.jcr, Personas.neighbourhoods(), this.clock);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

}
