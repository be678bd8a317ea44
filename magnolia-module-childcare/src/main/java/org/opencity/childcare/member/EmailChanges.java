package org.opencity.childcare.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.EmailAddresses;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;

/**
 * A member changing their e-mail address, which is also a login. They type the new
 * address and their password; a single-use link goes to the new address, and the address
 * changes only when that link is opened, so that nobody ends up with an address they
 * cannot read. The old address is told at once, and again once the change is made. A new
 * request replaces the one before; a new password cancels it ({@link AccountService}).
 */
public final class EmailChanges {

    private static final Logger logger = LoggerFactory.getLogger(EmailChanges.class);

    private static final String ERRORS = "childcare.emailChange.error.";

    private final JcrTemplate jcr;

    private final OneTimeTokens tokens;

    private final PasswordConfirmation confirmation;

    private final Mailer mailer;

    private final Links links;

    private final Clock clock;

    private final Duration validity;

    private final MemberRepository members = new MemberRepository();

    private final EmailChangeRepository pending = new EmailChangeRepository();

    public EmailChanges(JcrTemplate jcr, OneTimeTokens tokens, PasswordHasher hasher, Mailer mailer, Links links,
            Clock clock, Duration validity) {
        this.jcr = jcr;
        this.tokens = tokens;
        this.confirmation = new PasswordConfirmation(hasher);
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Records the request and mails the confirmation link to the new address and a notice
     * to the current one. Refuses, with field errors on {@code email} and
     * {@code password}: an address registration would refuse, the current address, an
     * address another account holds (in words that do not say whose), a missing password
     * and, with a {@link WrongPasswordException}, a wrong one. Nothing is recorded then.
     */
    public PendingEmailChange request(String memberId, @Nullable String newEmail, @Nullable String password) {
        Member member = this.jcr.read((session) -> this.members.getById(session, memberId));
        FieldErrors errors = new FieldErrors();
        String email = EmailAddresses.check("email", newEmail, errors);
        if (!errors.has("email") && email.equals(member.profile().email().toLowerCase(Locale.ROOT))) {
            errors.reject("email", ERRORS + "same");
        }
        else if (!errors.has("email") && this.jcr.read((session) -> this.members.emailTaken(session, email))) {
            logger.info("E-mail change of member '{}' refused: the address belongs to another account", memberId);
            errors.reject("email", ERRORS + "unavailable");
        }
        boolean wrong = this.confirmation.reject(member, password, "password", ERRORS, errors);
        if (wrong) {
            logger.info("E-mail change of member '{}' refused: wrong password", memberId);
        }
        PasswordConfirmation.throwIfAny(wrong, errors);

        Instant now = this.clock.instant();
        PendingEmailChange change = new PendingEmailChange(email, now, now.plus(this.validity));
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.revokeAll(session, TokenPurpose.EMAIL_CHANGE, memberId);
            this.tokens.issue(session, token, TokenPurpose.EMAIL_CHANGE, memberId, this.validity);
            this.pending.save(session, memberId, change);
            return null;
        });

        logger.info("Member '{}' asked to change their e-mail address; confirmation link sent", memberId);
        String firstName = member.profile().firstName();
        this.mailer.sendAfterCommit("emailChangeConfirmation", email, member.locale(), Map.of("firstName", firstName,
                "confirmUrl", this.links.emailChange(token), "validityHours", this.validity.toHours()));
        this.mailer.sendAfterCommit("emailChangeRequested", member.profile().email(), member.locale(),
                Map.of("firstName", firstName, "newEmail", email, "forgottenUrl", this.links.forgottenPassword()));
        return change;
    }

    /** The member's change waiting for confirmation; empty once it expired. */
    public Optional<PendingEmailChange> pending(String memberId) {
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> this.pending.find(session, memberId)).filter((c) -> c.isOpenAt(now));
    }

    /** Whether a confirmation link can be used, to explain why not. */
    public TokenState linkState(@Nullable String token) {
        return this.jcr.read((session) -> this.tokens.check(session, TokenPurpose.EMAIL_CHANGE, orEmpty(token)));
    }

    /**
     * The change a valid link would confirm, without using the link: the page it leads to
     * shows the new address and asks to confirm.
     */
    public Optional<PendingEmailChange> changeOfLink(@Nullable String token) {
        return this.jcr.read((session) -> {
            Optional<String> subject = this.tokens.peek(session, TokenPurpose.EMAIL_CHANGE, orEmpty(token));
            return subject.isPresent() ? this.pending.find(session, subject.get()) : Optional.empty();
        });
    }

    /**
     * Uses the link up and gives its member the new address. A used, expired or unknown
     * link is refused with an {@link InvalidTokenException}; an address another account
     * took since the request with an invalid input on {@code email}, the link staying
     * unused so the member can read why.
     */
    public Member confirm(@Nullable String token) {
        Change change;
        try {
            change = this.jcr.write((session) -> {
                String memberId = this.tokens.use(session, TokenPurpose.EMAIL_CHANGE, orEmpty(token));
                Member member = this.members.getById(session, memberId);
                Optional<PendingEmailChange> requested = this.pending.find(session, memberId);
                if (requested.isEmpty() || member.status() != MemberStatus.ACTIVE) {
                    throw new InvalidTokenException(TokenState.USED);
                }
                if (this.members.emailTaken(session, requested.get().email())) {
                    throw new InvalidInputException(new FieldErrors().reject("email", ERRORS + "taken"));
                }
                Member updated = this.members.changeEmail(session, member, requested.get().email());
                this.pending.clear(session, memberId);
                // A reset link mailed to the old address no longer opens the account.
                this.tokens.revokeAll(session, TokenPurpose.PASSWORD_RESET, memberId);
                return new Change(member.profile().email(), updated);
            });
        }
        catch (ConcurrentChangeException ex) {
            // The link was used at the same moment, or the address was taken meanwhile.
            throw new InvalidTokenException(TokenState.USED);
        }

        Member member = change.member();
        logger.info("Member '{}' confirmed their new e-mail address", member.id());
        this.mailer.sendAfterCommit("emailChanged", change.oldEmail(), member.locale(),
                Map.of("firstName", member.profile().firstName(), "newEmail", member.profile().email()));
        return member;
    }

    /** A confirmed change: the address the member left, and the member as changed. */
    private record Change(String oldEmail, Member member) {

    }

    private static String orEmpty(@Nullable String token) {
        return (token != null) ? token : "";
    }

}
