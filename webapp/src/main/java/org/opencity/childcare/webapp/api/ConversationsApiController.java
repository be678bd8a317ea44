package org.opencity.childcare.webapp.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.conversation.ConversationSummary;
import org.opencity.childcare.conversation.ConversationThread;
import org.opencity.childcare.member.Member;

/**
 * Members' conversations: contacting an ad's owner, listing, reading (which marks the
 * messages read, as the page does) and replying, through the {@link ConversationService}
 * the pages use. The other member is only ever named by first name.
 */
@RestController
class ConversationsApiController {

    static final String CONVERSATIONS = ApiPaths.V1 + "/conversations";

    private final ConversationService conversations;

    private final ApiCallers callers;

    private final ApiJson json;

    ConversationsApiController(ConversationService conversations, ApiCallers callers, ApiJson json) {
        this.conversations = conversations;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping(CONVERSATIONS)
    Map<String, List<Summary>> list(Authentication authentication) {
        Member member = this.callers.member(authentication);
        return Map.of("results", this.conversations.list(member.id()).stream().map(Summary::of).toList());
    }

    @GetMapping(CONVERSATIONS + "/{id}")
    Thread read(@PathVariable String id, Authentication authentication) {
        Member member = this.callers.member(authentication);
        return Thread.of(this.conversations.read(member.id(), id));
    }

    /**
     * Writes to an ad's owner; the message goes in the conversation already open, if any.
     */
    @PostMapping(ApiPaths.V1 + "/ads/{id}/conversations")
    ResponseEntity<Thread> contact(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        this.conversations.contactTarget(member.id(), id);
        MessageRequest body = this.json.read(request, MessageRequest.class);
        Conversation conversation = this.conversations.contact(member.id(), id, body.message());
        return ResponseEntity.created(URI.create(CONVERSATIONS + "/" + conversation.id()))
            .body(Thread.of(this.conversations.read(member.id(), conversation.id())));
    }

    @PostMapping(CONVERSATIONS + "/{id}/messages")
    ResponseEntity<Thread> reply(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        this.conversations.read(member.id(), id);
        MessageRequest body = this.json.read(request, MessageRequest.class);
        this.conversations.reply(member.id(), id, body.message());
        return ResponseEntity.created(URI.create(CONVERSATIONS + "/" + id))
            .body(Thread.of(this.conversations.read(member.id(), id)));
    }

    record MessageRequest(@Nullable String message) {

    }

    record Summary(String id, String adTitle, String otherFirstName, boolean otherLeft, Instant lastMessageAt,
            int unread) {

        static Summary of(ConversationSummary summary) {
            return new Summary(summary.id(), summary.adTitle(), summary.otherFirstName(), summary.otherLeft(),
                    summary.lastMessageAt(), summary.unread());
        }

    }

    record Thread(String id, String adId, String adTitle, boolean adListed, String otherFirstName, boolean canReply,
            List<MessageView> messages) {

        static Thread of(ConversationThread thread) {
            return new Thread(thread.conversation().id(), thread.conversation().adId(), thread.adTitle(),
                    thread.adListed(), thread.otherFirstName(), thread.canReply(),
                    thread.messages()
                        .stream()
                        .map((message) -> new MessageView(message.id(), thread.isMine(message), message.text(),
                                message.sentAt()))
                        .toList());
        }

    }

    record MessageView(String id, boolean mine, String text, Instant sentAt) {

    }

}
