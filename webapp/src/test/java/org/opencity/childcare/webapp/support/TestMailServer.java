package org.opencity.childcare.webapp.support;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the whole test run, on a free loopback port, so that
 * every full-application test shares one application context whose mail really goes over
 * SMTP.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every mail received so far to {@code address}, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter((message) -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch((recipient) -> recipient.toString().contains(address));
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    /** The last mail to {@code address}; fails if there is none. */
    public static MimeMessage lastTo(String address) {
        List<MimeMessage> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No mail was sent to " + address);
        }
        return messages.get(messages.size() - 1);
    }

    /** The decoded plain-text body of a mail. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return (content instanceof String text) ? text : GreenMailUtil.getBody(message);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The first link in the mail's body that contains {@code pathPart}. */
    public static String link(MimeMessage message, String pathPart) {
        Matcher matcher = Pattern.compile("https?://\\S+").matcher(body(message));
        while (matcher.find()) {
            if (matcher.group().contains(pathPart)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link containing " + pathPart + " in: " + body(message));
    }

}
