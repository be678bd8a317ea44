package org.opencity.childcare.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.SimpleScalar;
import freemarker.template.utility.DeepUnwrap;

/**
 * The {@code i18n} object of templates, as Magnolia offers it: {@code ${i18n['key']}} for
 * a text and {@code ${i18n.get('key', [arg1, arg2])}} for a text with arguments.
 */
public final class I18nTemplateModel implements TemplateHashModel {

    private final Messages messages;

    private final Locale locale;

    public I18nTemplateModel(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public TemplateModel get(String key) {
        if ("get".equals(key)) {
            return (TemplateMethodModelEx) this::format;
        }
        return new SimpleScalar(this.messages.get(key, this.locale));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private Object format(List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("i18n.get needs a message key as its first argument");
        }
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            if (argument instanceof TemplateSequenceModel sequence) {
                for (int i = 0; i < sequence.size(); i++) {
                    values.add(DeepUnwrap.unwrap(sequence.get(i)));
                }
            }
            else {
                values.add(DeepUnwrap.unwrap((TemplateModel) argument));
            }
        }
        return new SimpleScalar(this.messages.get(key.getAsString(), this.locale, values.toArray()));
    }

}
