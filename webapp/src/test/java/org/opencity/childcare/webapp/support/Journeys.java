package org.opencity.childcare.webapp.support;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.webapp.site.SitePaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The steps a resident and a webmaster take, through the public pages (MockMvc) and the
 * module's services, for tests that need a member at a given stage: applied, approved,
 * active with a password, logged in.
 */
public final class Journeys {

    /** How a webmaster signs decisions in these tests. */
    public static final String WEBMASTER = "Webmestre (webmaster)";

    private final MockMvc mvc;

    private final RegistrationService registrations;

    private final RegistrationInbox inbox;

    private final AccountService accounts;

    public Journeys(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.registrations = context.getBean(RegistrationService.class);
        this.inbox = context.getBeanProvider(RegistrationInbox.class)
            .getIfAvailable(() -> new RegistrationInbox(context.getBean(JcrTemplate.class)));
        this.accounts = context.getBean(AccountService.class);
    }

    /** The registration form sent with a valid form token. */
    public static MockMultipartHttpServletRequestBuilder registration(MultiValueMap<String, String> fields,
            MockMultipartFile... documents) {
        MockMultipartHttpServletRequestBuilder request = multipart(SitePaths.REGISTER);
        for (MockMultipartFile document : documents) {
            request.file(document);
        }
        request.params(fields).with(csrf());
        return request;
    }

    /** Sends the registration form as the applicant filled it in. */
    public MvcResult register(MultiValueMap<String, String> fields, MockMultipartFile... documents) throws Exception {
        return this.mvc.perform(registration(fields, documents)).andReturn();
    }

    /**
     * Camille applies with {@code email} and a proof of address; the form is accepted.
     */
    public void registerFamily(String email) throws Exception {
        MvcResult result = register(Applicants.family(email), Applicants.proofOfAddress());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.REGISTERED);
    }

    /** The open inbox tasks about applications made with {@code email}. */
    public List<RegistrationInbox.Item> openTasksOf(String email) {
        return this.inbox.openTasks()
            .stream()
            .filter((item) -> item.member() != null && item.member().profile().email().equalsIgnoreCase(email))
            .toList();
    }

    /** The member registered with {@code email}, whatever their status. */
    public Optional<Member> member(String email) {
        return this.accounts.findByLogin(email);
    }

    /** A webmaster approves the application made with {@code email}. */
    public Member approve(String email) {
        return this.registrations.approve(taskOf(email), WEBMASTER, List.of("address"));
    }

    /** A webmaster rejects the application made with {@code email}. */
    public Member reject(String email, String reason) {
        return this.registrations.reject(taskOf(email), WEBMASTER, reason, List.of("address"));
    }

    /** The activation link of the last approval mail to {@code email}, as a local URI. */
    public static URI activationLink(String email) {
        return local(TestMailServer.link(lastMailLinkingTo(email, SitePaths.ACTIVATION), SitePaths.ACTIVATION));
    }

    /** The link of the last password-reset mail to {@code email}, as a local URI. */
    public static URI resetLink(String email) {
        return local(TestMailServer.link(lastMailLinkingTo(email, SitePaths.NEW_PASSWORD), SitePaths.NEW_PASSWORD));
    }

    /** The newest mail to {@code email} whose text links to {@code path}. */
    public static MimeMessage lastMailLinkingTo(String email, String path) {
        List<MimeMessage> mails = TestMailServer.to(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            if (TestMailServer.body(mails.get(i)).contains(path + "?")) {
                return mails.get(i);
            }
        }
        throw new AssertionError("No mail to " + email + " links to " + path);
    }

    /** The path and query of an absolute link from a mail, to follow it with MockMvc. */
    public static URI local(String absoluteLink) {
        URI link = URI.create(absoluteLink);
        return URI.create(link.getRawPath() + ((link.getRawQuery() != null) ? "?" + link.getRawQuery() : ""));
    }

    /** Sends the password form a mailed link leads to, with the same password twice. */
    public MvcResult choosePassword(URI link, String password) throws Exception {
        return this.mvc.perform(post(link).param("password", password).param("confirmation", password).with(csrf()))
            .andReturn();
    }

    /**
     * Camille applies, is approved and chooses {@code password} from the approval mail;
     * returns her as an active member with an identifier.
     */
    public Member activeFamily(String email, String password) throws Exception {
        return active(Applicants.family(email), password);
    }

    /**
     * The applicant of {@code fields} applies, is approved and chooses {@code password};
     * returns them as an active member with an identifier.
     */
    public Member active(MultiValueMap<String, String> fields, String password) throws Exception {
        String email = fields.getFirst("email");
        MvcResult registered = register(fields, Applicants.proofOfAddress());
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.REGISTERED);
        approve(email);
        MvcResult chosen = choosePassword(activationLink(email), password);
        assertThat(chosen.getResponse().getRedirectedUrl()).startsWith(SitePaths.LOGIN);
        return member(email).orElseThrow();
    }

    /**
     * Logs in through the members' form; returns the session the member then browses
     * with.
     */
    public MockHttpSession logIn(String login, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = this.mvc.perform(
                post(SitePaths.LOGIN).session(session).param("login", login).param("password", password).with(csrf()))
            .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("redirect after login").endsWith(SitePaths.ACCOUNT);
        return session;
    }

    private String taskOf(String email) {
        List<RegistrationInbox.Item> tasks = openTasksOf(email);
        assertThat(tasks).as("open registration tasks of " + email).hasSize(1);
        return tasks.get(0).task().id();
    }

}
