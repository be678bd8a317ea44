package org.opencity.childcare.webapp.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.opencity.childcare.webapp.mail.Outbox;
import org.opencity.childcare.webapp.mail.OutboxMessage;

/**
 * The local outbox: mail the service wrote to its outbox folder because no SMTP server is
 * configured, so that staff and developers can read what residents would have received.
 */
@Controller
class OutboxController {

    /** How many mails the list shows, newest first. */
    static final int LIMIT = 100;

    private final Outbox outbox;

    private final BackofficeFormats formats;

    private final String smtpHost;

    OutboxController(Outbox outbox, BackofficeFormats formats, @Value("${spring.mail.host:}") String smtpHost) {
        this.outbox = outbox;
        this.formats = formats;
        this.smtpHost = smtpHost;
    }

    @GetMapping(BackofficePaths.OUTBOX)
    String list(Model model, Locale locale) {
        List<OutboxRow> mails = this.outbox.list(LIMIT)
            .stream()
            .map((mail) -> row(mail.id(), mail.date(), mail.to(), mail.subject(), "", locale))
            .toList();

        model.addAttribute("pageTitle", "backoffice.outbox.pageTitle");
        model.addAttribute("mails", mails);
        model.addAttribute("limit", LIMIT);
        model.addAttribute("folder", this.outbox.directory().toString());
        if (!this.smtpHost.isBlank()) {
            model.addAttribute("smtpHost", this.smtpHost);
        }
        return "backoffice:outbox";
    }

    @GetMapping(BackofficePaths.OUTBOX_MESSAGE)
    String message(@PathVariable String id, Model model, Locale locale) {
        OutboxMessage mail = this.outbox.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OutboxRow row = row(mail.id(), mail.date(), mail.to(), mail.subject(), mail.text(), locale);

        model.addAttribute("pageTitle", "backoffice.outboxMessage.pageTitle");
        model.addAttribute("mail", row);
        model.addAttribute("outboxPath", BackofficePaths.OUTBOX);
        return "backoffice:outboxMessage";
    }

    private OutboxRow row(String id, Instant date, String to, String subject, String text, Locale locale) {
        String path = TaskViews.path(BackofficePaths.OUTBOX_MESSAGE, id);
        String when = this.formats.dateTime(date, locale);
        return new OutboxRow(path, when, date.toString(), to, subject, text);
    }

}
