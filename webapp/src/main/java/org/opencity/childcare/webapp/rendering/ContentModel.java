package org.opencity.childcare.webapp.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.RichTextSanitizer;

/**
 * The {@code content} object of templates, like Magnolia's ContentMap: a node's
 * properties and child nodes by name, and {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}. Text is escaped like any value; {@code cmsfn.decode(content)} gives
 * the same node whose text is rich text, sanitised and printed as HTML.
 */
final class ContentModel implements TemplateHashModelEx, AdapterTemplateModel {

    private final ContentNode node;

    private final ObjectWrapper wrapper;

    private final boolean decoded;

    ContentModel(ContentNode node, ObjectWrapper wrapper, boolean decoded) {
        this.node = node;
        this.wrapper = wrapper;
        this.decoded = decoded;
    }

    ContentNode node() {
        return this.node;
    }

    ContentModel decode() {
        return new ContentModel(this.node, this.wrapper, true);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        switch (key) {
            case "@name":
                return this.wrapper.wrap(this.node.name());
            case "@path":
                return this.wrapper.wrap(this.node.path());
            case "@id":
                return this.wrapper.wrap(this.node.identifier());
            case "@nodeType":
                return this.wrapper.wrap(this.node.nodeType());
            default:
                break;
        }
        Object value = this.node.properties().get(key);
        if (value != null) {
            if (this.decoded && value instanceof String text) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(RichTextSanitizer.sanitize(text));
            }
            return this.wrapper.wrap(value);
        }
        return this.node.child(key)
            .map((child) -> (TemplateModel) new ContentModel(child, this.wrapper, false))
            .orElse(null);
    }

    @Override
    public boolean isEmpty() {
        return this.node.properties().isEmpty() && this.node.children().isEmpty();
    }

    @Override
    public int size() {
        return this.node.properties().size() + this.node.children().size();
    }

    @Override
    public TemplateCollectionModel keys() {
        List<String> keys = new ArrayList<>(this.node.properties().keySet());
        this.node.children().forEach((child) -> keys.add(child.name()));
        return new SimpleCollection(keys, this.wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> values = new ArrayList<>();
        for (Map.Entry<String, Object> entry : this.node.properties().entrySet()) {
            values.add(get(entry.getKey()));
        }
        for (ContentNode child : this.node.children()) {
            values.add(new ContentModel(child, this.wrapper, false));
        }
        return new SimpleCollection(values, this.wrapper);
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return this.node;
    }

}
