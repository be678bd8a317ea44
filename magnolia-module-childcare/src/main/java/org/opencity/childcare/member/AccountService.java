package org.opencity.childcare.member;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

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
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;

/**
 * A member's credentials: choosing a password from an activation or reset link, asking
 * for a reset link, changing it from "my account", and finding the account behind a
 * login.
 */
public final class AccountService {

    private static final Logger logger = LoggerFactory.getLogger(AccountService.class);

    private final JcrTemplate jcr;

    private final MemberRepository members = new MemberRepository();

    private final EmailChangeRepository emailChanges = new EmailChangeRepository();

    private final OneTimeTokens tokens;

    private final PasswordPolicy policy;

    private final PasswordHasher hasher;

    private final PasswordConfirmation passwordConfirmation;

    private final Mailer mailer;

    private final Links links;

    private final Duration resetValidity;

    public AccountService(JcrTemplate jcr, OneTimeTokens tokens, PasswordPolicy policy, PasswordHasher hasher,
            Mailer mailer, Links links, Duration resetValidity) {
        this.jcr = jcr;
        this.tokens = tokens;
        this.policy = policy;
        this.hasher = hasher;
        this.passwordConfirmation = new PasswordConfirmation(hasher);
        this.mailer = mailer;
        this.links = links;
        this.resetValidity = resetValidity;
    }

    /** The member behind a login, typed as an identifier or an e-mail address. */
    public Optional<Member> findByLogin(@Nullable String login) {
        String text = TextRules.clean(login);
        if (text.isEmpty() || TextRules.length(text) > 254) {
            return Optional.empty();
        }
        return this.jcr.read((session) -> text.contains("@") ? this.members.findByEmail(session, text)
                : this.members.findByIdentifier(session, text));
    }

    public Optional<Member> findById(String id) {
        return this.jcr.read((session) -> this.members.findById(session, id));
    }

    /**
     * Whether a link can be used, to decide between the password form and an explanation.
     */
    public TokenState checkLink(TokenPurpose purpose, @Nullable String token) {
        return this.jcr.read((session) -> this.tokens.check(session, purpose, (token != null) ? token : ""));
    }

    /** The member a valid link was issued for. */
    public Optional<Member> memberOfLink(TokenPurpose purpose, @Nullable String token) {
        return this.jcr.read((session) -> {
            Optional<String> subject = this.tokens.peek(session, purpose, (token != null) ? token : "");
            return subject.isPresent() ? this.members.findById(session, subject.get()) : Optional.empty();
        });
    }

    /**
     * Sets the password of the member a link was issued for, using the link up. Refuses a
     * weak password with a field error on {@code password}, and a used or expired link
     * with an {@link InvalidTokenException}.
     */
    public Member choosePassword(TokenPurpose purpose, @Nullable String token, @Nullable String password,
            @Nullable String confirmation) {
        Member member = memberOfLink(purpose, token)
            .orElseThrow(() -> new InvalidTokenException(checkLink(purpose, token)));
        String raw = (password != null) ? password : "";
        FieldErrors errors = new FieldErrors();
        checkNewPassword(member, raw, confirmation, "password", errors);
        errors.throwIfAny();

        String hash = this.hasher.hash(raw);
        Member updated;
        try {
            updated = this.jcr
                .write((session) -> storePassword(session, this.tokens.use(session, purpose, token), hash));
        }
        catch (ConcurrentChangeException ex) {
            throw new InvalidTokenException(TokenState.USED);
        }
        logger.info("Member '{}' chose a password through a {} link", updated.id(), purpose);
        mailPasswordChanged(updated);
        return updated;
    }

    /**
     * Changes a signed-in member's password once they typed the current one again. Field
     * errors on {@code currentPassword} (missing, or with a
     * {@link WrongPasswordException}, wrong), {@code newPassword} (as the policy judges
     * it, or the same as the current one) and {@code confirmation}; nothing changes then.
     */
    public Member changePassword(String memberId, @Nullable String currentPassword, @Nullable String newPassword,
            @Nullable String confirmation) {
        Member member = this.jcr.read((session) -> this.members.getById(session, memberId));
        String raw = (newPassword != null) ? newPassword : "";
        FieldErrors errors = new FieldErrors();
        boolean wrong = this.passwordConfirmation.reject(member, currentPassword, "currentPassword",
                "childcare.passwordChange.error.", errors);
        if (!wrong && !errors.has("currentPassword") && PasswordPolicy.normalize(raw)
            .equals(PasswordPolicy.normalize((currentPassword != null) ? currentPassword : ""))) {
            errors.reject("newPassword", "childcare.passwordChange.error.same");
        }
        checkNewPassword(member, raw, confirmation, "newPassword", errors);
        if (wrong) {
            logger.info("Password change of member '{}' refused: wrong current password", memberId);
        }
        PasswordConfirmation.throwIfAny(wrong, errors);

        String hash = this.hasher.hash(raw);
        Member updated = this.jcr.write((session) -> storePassword(session, memberId, hash));
        logger.info("Member '{}' changed their password", memberId);
        mailPasswordChanged(updated);
        return updated;
    }

    /**
     * Mails a password link to an active member. Says nothing about whether the login
     * exists: the caller shows the same answer either way.
     */
    public void requestPasswordReset(@Nullable String login) {
        Optional<Member> member = findByLogin(login).filter((m) -> m.status() == MemberStatus.ACTIVE);
        if (member.isEmpty()) {
            logger.info("Password link asked for a login that is not an active member: nothing sent");
            return;
        }
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, TokenPurpose.PASSWORD_RESET, member.get().id(), this.resetValidity);
            return null;
        });
        logger.info("Password link sent to member '{}'", member.get().id());
        this.mailer.sendAfterCommit("passwordReset", member.get().profile().email(), member.get().locale(),
                Map.of("firstName", member.get().profile().firstName(), "identifier", member.get().identifier(),
                        "resetUrl", this.links.passwordReset(token), "validityHours", this.resetValidity.toHours()));
    }

    /** The policy's verdict on {@code field}, then whether the confirmation matches. */
    private void checkNewPassword(Member member, String raw, @Nullable String confirmation, String field,
            FieldErrors errors) {
        this.policy.check(raw, personalInputs(member))
            .ifPresent((problem) -> errors.reject(field, problem.messageKey()));
        if (!errors.has(field) && !raw.equals(confirmation)) {
            errors.reject("confirmation", "childcare.password.error.confirmation");
        }
    }

    /**
     * Saves the new password hash. The password links still out are void, and so is a
     * pending change of e-mail address: whoever knew the old password may have asked for
     * it.
     */
    private Member storePassword(Session session, String memberId, String hash) throws RepositoryException {
        Member member = this.members.getById(session, memberId).withPasswordHash(hash);
        this.members.update(session, member);
        this.tokens.revokeAll(session, TokenPurpose.ACTIVATION, memberId);
        this.tokens.revokeAll(session, TokenPurpose.PASSWORD_RESET, memberId);
        this.tokens.revokeAll(session, TokenPurpose.EMAIL_CHANGE, memberId);
        this.emailChanges.clear(session, memberId);
        return member;
    }

    private void mailPasswordChanged(Member member) {
        this.mailer.sendAfterCommit("passwordChanged", member.profile().email(), member.locale(),
                Map.of("firstName", member.profile().firstName(), "forgottenUrl", this.links.forgottenPassword()));
    }

    private static List<String> personalInputs(Member member) {
        List<String> inputs = new ArrayList<>();
        Profile profile = member.profile();
        inputs.add(profile.email());
        inputs.add(profile.email().substring(0, Math.max(0, profile.email().indexOf('@'))));
        inputs.add(profile.firstName());
        inputs.add(profile.lastName());
        if (member.identifier() != null) {
            inputs.add(member.identifier());
        }
        return inputs;
    }

}
