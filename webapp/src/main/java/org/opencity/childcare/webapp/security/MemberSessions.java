package org.opencity.childcare.webapp.security;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * The sessions members are logged in with, so that a new password ends the member's other
 * sessions (a phone left logged in, a session someone else opened with the old password).
 * A session is noted when a member logs in (this is a step of the site's login) and
 * forgotten when it ends.
 *
 * <p>
 * Sessions live in the memory of the node that created them, and so does this record of
 * them.
 */
@Component
public class MemberSessions implements SessionAuthenticationStrategy, HttpSessionListener {

    // TODO: on a cluster, a member's sessions on the other nodes are not ended: that
    // needs
    // sessions shared by the nodes (Spring Session on the database, say), which the host
    // does not have yet.

    private static final Logger logger = LoggerFactory.getLogger(MemberSessions.class);

    /** The session attribute holding the key of the session's entry here. */
    static final String KEY = MemberSessions.class.getName() + ".key";

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof MemberPrincipal member)) {
            return;
        }
        HttpSession session = request.getSession();
        String key = (session.getAttribute(KEY) instanceof String existing) ? existing : UUID.randomUUID().toString();
        session.setAttribute(KEY, key);
        this.sessions.put(key, new Entry(member.memberId(), session));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(KEY) instanceof String key) {
            this.sessions.remove(key);
        }
    }

    /**
     * Ends every session of the member but {@code current}; returns how many it ended.
     */
    public int endOthers(String memberId, @Nullable HttpSession current) {
        Object keep = (current != null) ? current.getAttribute(KEY) : null;
        int ended = 0;
        for (Map.Entry<String, Entry> entry : this.sessions.entrySet()) {
            if (entry.getValue().memberId().equals(memberId) && !entry.getKey().equals(keep)) {
                this.sessions.remove(entry.getKey());
                ended += end(entry.getValue().session());
            }
        }
        logger.info("New password of member '{}': '{}' of their session(s) ended", memberId, ended);
        return ended;
    }

    /** Ends every session of the member; returns how many it ended. */
    public int endAll(String memberId) {
        return endOthers(memberId, null);
    }

    private static int end(HttpSession session) {
        try {
            session.invalidate();
            return 1;
        }
        catch (IllegalStateException ex) {
            // Ended meanwhile, by a logout or its timeout.
            return 0;
        }
    }

    private record Entry(String memberId, HttpSession session) {

    }

}
