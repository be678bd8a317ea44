package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.conversation.ContactRefusedException;
import org.opencity.childcare.conversation.ContactRefusedException.Refusal;
import org.opencity.childcare.conversation.ContactTarget;
import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * Members writing to each other: the "contact" page of an ad, the member's conversations,
 * one conversation with its reply form, and blocking. A conversation the member does not
 * take part in answers exactly as one that does not exist.
 */
@Controller
class ConversationController {

    private static final Logger logger = LoggerFactory.getLogger(ConversationController.class);

    private final ConversationService conversations;

    private final ConversationViews views;

    private final SignedInMembers members;

    private final Messages messages;

    ConversationController(ConversationService conversations, ConversationViews views, SignedInMembers members,
            Messages messages) {
        this.conversations = conversations;
        this.views = views;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping(ConversationPaths.CONTACT)
    String contactForm(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String adId, Model model,
            Locale locale, HttpServletResponse response) {
        Member member = this.members.active(principal);

        ContactTarget target;
        try {
            target = this.conversations.contactTarget(member.id(), adId);
        }
        catch (ContactRefusedException ex) {
            return refused(ex, adId, model, locale, response);
        }

        return showContact(adId, target, "", Map.of(), model);
    }

    @PostMapping(ConversationPaths.CONTACT)
    String contact(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String adId,
            @RequestParam(name = "message", required = false) @Nullable String message, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);

        Conversation conversation;
        try {
            conversation = this.conversations.contact(member.id(), adId, message);
        }
        catch (ContactRefusedException ex) {
            return refused(ex, adId, model, locale, response);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            ContactTarget target = this.conversations.contactTarget(member.id(), adId);
            return showContact(adId, target, (message != null) ? message : "",
                    FormErrors.translate(ex.errors(), this.messages, locale), model);
        }

        return "redirect:" + ConversationPaths.of(ConversationPaths.CONVERSATION, conversation.id()) + "?envoye";
    }

    @GetMapping(SitePaths.CONVERSATIONS)
    String list(@AuthenticationPrincipal MemberPrincipal principal, Model model, Locale locale) {
        Member member = this.members.active(principal);
        model.addAttribute("pageTitle", "childcare.conversations.pageTitle");
        model.addAttribute("conversations", this.views.rows(this.conversations.list(member.id()), locale));
        return "site:conversations";
    }

    @GetMapping(ConversationPaths.CONVERSATION)
    String show(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam Map<String, String> flags, Model model, Locale locale) {
        Member member = this.members.active(principal);
        model.addAttribute("notice", Notices.first(flags, this.messages, locale, "childcare.conversation.notice.",
                "envoye", "repondu", "bloque", "debloque", "signale"));
        return showConversation(member, id, "", Map.of(), model, locale);
    }

    @PostMapping(ConversationPaths.REPLY)
    String reply(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam(name = "message", required = false) @Nullable String message, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);
        String typed = (message != null) ? message : "";

        try {
            this.conversations.reply(member.id(), id, message);
        }
        catch (ContactRefusedException ex) {
            logger.info("Reply refused in conversation '{}': '{}'", id, ex.refusal());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", refusalText(ex.refusal(), locale));
            return showConversation(member, id, typed, Map.of(), model, locale);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showConversation(member, id, typed, FormErrors.translate(ex.errors(), this.messages, locale), model,
                    locale);
        }

        return "redirect:" + ConversationPaths.of(ConversationPaths.CONVERSATION, id) + "?repondu";
    }

    @PostMapping(ConversationPaths.BLOCK)
    String block(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id) {
        Member member = this.members.active(principal);
        this.conversations.block(member.id(), id);
        return "redirect:" + ConversationPaths.of(ConversationPaths.CONVERSATION, id) + "?bloque";
    }

    @PostMapping(ConversationPaths.UNBLOCK)
    String unblock(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id) {
        Member member = this.members.active(principal);
        this.conversations.unblock(member.id(), id);
        return "redirect:" + ConversationPaths.of(ConversationPaths.CONVERSATION, id) + "?debloque";
    }

    private String showContact(String adId, ContactTarget target, String message, Map<String, String> errors,
            Model model) {
        model.addAttribute("pageTitle", "childcare.conversation.start.pageTitle");
        model.addAttribute("adTitle", target.ad().content().title());
        model.addAttribute("adPath", ConversationPaths.ad(adId));
        model.addAttribute("action", ConversationPaths.of(ConversationPaths.CONTACT, adId));
        if (target.conversationId() != null) {
            model.addAttribute("conversationPath",
                    ConversationPaths.of(ConversationPaths.CONVERSATION, target.conversationId()));
        }
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("messageMin", ConversationService.MESSAGE_MIN);
        model.addAttribute("messageMax", ConversationService.MESSAGE_MAX);
        return "site:conversationStart";
    }

    private String refused(ContactRefusedException ex, String adId, Model model, Locale locale,
            HttpServletResponse response) {
        logger.info("Contact about ad '{}' refused: '{}'", adId, ex.refusal());
        boolean tooMany = ex.refusal() == Refusal.TOO_MANY_CONVERSATIONS;
        response.setStatus(tooMany ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.FORBIDDEN.value());
        model.addAttribute("pageTitle", "childcare.conversation.start.pageTitle");
        model.addAttribute("refusal", refusalText(ex.refusal(), locale));
        model.addAttribute("adPath", ConversationPaths.ad(adId));
        return "site:conversationStart";
    }

    private String showConversation(Member member, String id, String message, Map<String, String> errors, Model model,
            Locale locale) {
        model.addAttribute("pageTitle", "childcare.conversation.pageTitle");
        model.addAttribute("thread", this.views.thread(this.conversations.read(member.id(), id), locale));
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("messageMax", ConversationService.MESSAGE_MAX);
        return "site:conversation";
    }

    private String refusalText(Refusal refusal, Locale locale) {
        return this.messages.get("childcare.conversation.refused." + refusal.name(), locale,
                ConversationService.NEW_CONVERSATIONS_PER_DAY);
    }

}
