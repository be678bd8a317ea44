package org.opencity.childcare.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opencity.childcare.i18n.Messages;

/**
 * A mail transport that keeps every mail instead of sending it, so that tests read what a
 * resident would have received. Safe to use from several threads.
 */
public final class RecordingMailTransport implements MailTransport {

    /** The service name every subject carries. */
    public static final String SERVICE_NAME = "Garde d’enfant";

    /** What the host passes to the composer as {@code site}. */
    public static final Map<String, Object> SITE = Map.of("name", SERVICE_NAME, "city", "Ville-Exemple", "url",
            "https://ville.example/services-en-ligne/garde-d-enfant");

    private final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(OutgoingMail mail) {
        this.sent.add(mail);
    }

    /**
     * A mailer that writes with the module's bundles and sends through this transport.
     */
    public Mailer mailer() {
        return new Mailer(new MailComposer(Messages.module(), SITE), this);
    }

    /** Every mail sent so far, oldest first. */
    public List<OutgoingMail> sent() {
        return List.copyOf(this.sent);
    }

    /** The mails sent to one address, oldest first. */
    public List<OutgoingMail> sentTo(String address) {
        return this.sent.stream().filter((mail) -> mail.to().equals(address)).toList();
    }

    /** The last mail sent; fails if none was. */
    public OutgoingMail last() {
        if (this.sent.isEmpty()) {
            throw new AssertionError("No mail was sent");
        }
        return this.sent.get(this.sent.size() - 1);
    }

    public void clear() {
        this.sent.clear();
    }

}
