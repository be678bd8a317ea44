package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.webapp.mail.Outbox;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The outbox pages as a webmaster reads them. Tests send mail over SMTP, so the outbox
 * holds only what a test puts there.
 */
@ApplicationTest
class OutboxPagesTest {

    private static final String MAIL_ID = "20260105-093000-000-0badcafe";

    private static final String MAIL = """
            Date: Mon, 5 Jan 2026 09:30:00 +0000
            From: Garde d'enfant <no-reply@localhost>
            To: camille.martin@example.org
            Subject: Demande recue
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: 8bit

            Bonjour Camille,
            Votre demande <b>est</b> bien reçue.
            """.replace("\n", "\r\n");

    private final MockMvc mvc;

    private final Outbox outbox;

    private final StaffSessions sessions;

    @Autowired
    OutboxPagesTest(MockMvc mvc, ApplicationContext context, Outbox outbox) {
        this.mvc = mvc;
        this.outbox = outbox;
        this.sessions = new StaffSessions(mvc, context);
    }

    @Test
    void outboxShouldListTheMailAndShowItsTextEscaped() throws Exception {
        MockHttpSession webmaster = this.sessions.webmaster();
        Path file = this.outbox.directory().resolve(MAIL_ID + ".eml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, MAIL, StandardCharsets.UTF_8);
        try {
            String list = page("/backoffice/courriels", webmaster);
            String message = page("/backoffice/courriels/" + MAIL_ID, webmaster);

            assertThat(list).contains("Demande recue", "camille.martin@example.org", "5 janvier 2026")
                .contains("href=\"/backoffice/courriels/" + MAIL_ID + "\"")
                .contains("serveur SMTP 127.0.0.1");
            assertThat(message).contains("<pre class=\"mail-body\">Bonjour Camille,\n")
                .contains("Votre demande &lt;b&gt;est&lt;/b&gt; bien reçue.")
                .contains("camille.martin@example.org");
        }
        finally {
            Files.delete(file);
        }
    }

    @Test
    void outboxWhenEmptyShouldExplainThatMailLeavesThroughSmtp() throws Exception {
        String list = page("/backoffice/courriels", this.sessions.webmaster());

        assertThat(list).contains("Aucun courriel dans la boîte d’envoi locale.")
            .contains("avec un serveur SMTP, les courriels partent directement");
    }

    @Test
    void messageWhenUnknownShouldAnswerNotFound() throws Exception {
        MockHttpSession webmaster = this.sessions.webmaster();

        MockHttpServletResponse response = this.mvc
            .perform(get("/backoffice/courriels/20260105-093000-000-00000000").session(webmaster))
            .andReturn()
            .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

}
