package org.opencity.childcare.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.opencity.childcare.i18n.I18nTemplateModel;
import org.opencity.childcare.i18n.Messages;

/**
 * Writes mails from the FreeMarker templates in {@code childcare/mail/} (square-bracket
 * syntax, plain text) and the texts of the message bundles. The subject of template
 * {@code x} is the message {@code childcare.mail.x.subject}, with the service's name as
 * {@code {0}} and the mail's {@code title} value, if it has one, as {@code {1}}.
 */
public final class MailComposer {

    private static final String TEMPLATE_FOLDER = "/childcare/mail/";

    private final Configuration freemarker;

    private final Messages messages;

    private final Map<String, Object> site;

    /**
     * @param site values every mail may show, such as the service's name
     * ({@code site.name}) and public address ({@code site.url})
     */
    public MailComposer(Messages messages, Map<String, Object> site) {
        this.messages = messages;
        this.site = Map.copyOf(site);
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        this.freemarker.setClassForTemplateLoading(MailComposer.class, "/");
        this.freemarker.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        this.freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        this.freemarker.setDefaultEncoding("UTF-8");
        this.freemarker.setLocalizedLookup(false);
    }

    public OutgoingMail compose(String template, String to, Locale locale, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", this.site);
        model.put("i18n", new I18nTemplateModel(this.messages, locale));
        String subject = this.messages.get("childcare.mail." + template + ".subject", locale, this.site.get("name"),
                values.get("title"));
        try {
            Template body = this.freemarker.getTemplate(TEMPLATE_FOLDER + template + ".ftl");
            StringWriter out = new StringWriter();
            body.process(model, out);
            return new OutgoingMail(to, subject, out.toString());
        }
        catch (IOException | TemplateException ex) {
            throw new IllegalStateException("Mail template '" + template + "' cannot be rendered", ex);
        }
    }

}
