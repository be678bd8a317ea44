package org.opencity.childcare.webapp.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.opencity.childcare.conversation.ConversationSummary;
import org.opencity.childcare.conversation.ConversationThread;
import org.opencity.childcare.conversation.Message;
import org.opencity.childcare.i18n.Messages;

/**
 * Turns conversations into what the pages show: dates in the city's time zone, the sender
 * as "Vous" or a first name, the addresses of each action.
 */
@Component
public class ConversationViews {

    private final Messages messages;

    private final ZoneId zone;

    ConversationViews(Messages messages, ZoneId cityZone) {
        this.messages = messages;
        this.zone = cityZone;
    }

    List<Row> rows(List<ConversationSummary> summaries, Locale locale) {
        return summaries.stream()
            .map((summary) -> new Row(ConversationPaths.of(ConversationPaths.CONVERSATION, summary.id()),
                    summary.adTitle(), otherName(summary.otherFirstName(), summary.otherLeft(), locale),
                    dateTime(summary.lastMessageAt(), locale), summary.lastMessageAt().toString(), summary.unread()))
            .toList();
    }

    ThreadView thread(ConversationThread thread, Locale locale) {
        String id = thread.conversation().id();
        String you = this.messages.get("childcare.conversation.you", locale);
        List<MessageView> messages = thread.messages()
            .stream()
            .map((message) -> message(message, thread.isMine(message) ? you : thread.otherFirstName(),
                    thread.isMine(message), locale))
            .toList();
        String adPath = thread.adListed() ? ConversationPaths.ad(thread.conversation().adId()) : null;
        Paths paths = new Paths(ConversationPaths.of(ConversationPaths.REPLY, id),
                ConversationPaths.of(ConversationPaths.BLOCK, id), ConversationPaths.of(ConversationPaths.UNBLOCK, id),
                ConversationPaths.of(ConversationPaths.REPORT_MEMBER, id));
        return new ThreadView(thread.adTitle(), adPath, otherName(thread.otherFirstName(), thread.otherLeft(), locale),
                messages, thread.canReply(), thread.blockedByMe(), thread.blockedMe(), thread.otherActive(),
                thread.otherLeft(), paths);
    }

    /** The other member's first name, or words saying they left the service. */
    private String otherName(String firstName, boolean left, Locale locale) {
        return left ? this.messages.get("childcare.conversation.formerMember", locale) : firstName;
    }

    /** A moment as a date and a time in the city: "12 mars 2026 à 14:05". */
    String dateTime(Instant instant, Locale locale) {
        Locale language = Messages.supported(locale);
        ZonedDateTime local = instant.atZone(this.zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(local);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
        return this.messages.get("childcare.conversation.dateTime", locale, date, time);
    }

    private MessageView message(Message message, String sender, boolean mine, Locale locale) {
        return new MessageView(sender, mine, dateTime(message.sentAt(), locale), message.sentAt().toString(),
                List.of(message.text().split("\n", -1)));
    }

    /** One line of the member's conversations. */
    public record Row(String path, String adTitle, String otherName, String lastMessage, String lastMessageIso,
            int unread) {

    }

    /**
     * One conversation as its page shows it.
     *
     * @param adPath the ad's page while it is listed; null once it left the listings
     * @param otherLeft whether the other member left the service: no one can write here
     */
    public record ThreadView(String adTitle, @Nullable String adPath, String otherName, List<MessageView> messages,
            boolean canReply, boolean blockedByMe, boolean blockedMe, boolean otherActive, boolean otherLeft,
            Paths paths) {

    }

    /** One message: who wrote it ("Vous" or a first name), when, its lines. */
    public record MessageView(String sender, boolean mine, String sentAt, String sentAtIso, List<String> lines) {

    }

    /** Where the conversation's forms post to, and its report page. */
    public record Paths(String reply, String block, String unblock, String report) {

    }

}
