package org.opencity.childcare.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The API's OpenAPI 3 document, maintained by hand in {@code api/openapi.json} beside the
 * code (a test checks that every route under {@code /.rest/} is in it), read once.
 */
@Component
public class OpenApiDocument {

    static final String RESOURCE = "api/openapi.json";

    private final byte[] bytes;

    private final JsonNode document;

    private final ApiJson json;

    OpenApiDocument(ApiJson json) {
        this.json = json;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.bytes = in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
        }
        this.document = json.mapper().readTree(this.bytes);
    }

    byte[] bytes() {
        return this.bytes.clone();
    }

    public JsonNode document() {
        return this.document;
    }

    /**
     * The operations, path by path, in words for the staff's page: method, path, summary,
     * description, parameters, and the examples pretty-printed.
     */
    public List<Map<String, Object>> operations() {
        List<Map<String, Object>> operations = new ArrayList<>();
        JsonNode paths = this.document.path("paths");
        for (String path : paths.propertyNames()) {
            JsonNode item = paths.path(path);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.path(method);
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("method", method.toUpperCase(java.util.Locale.ROOT));
                shown.put("path", path);
                shown.put("anchor", (method + path).replaceAll("[^A-Za-z0-9]+", "-"));
                shown.put("tag", operation.path("tags").path(0).asString(""));
                shown.put("summary", operation.path("summary").asString(""));
                shown.put("description", operation.path("description").asString(""));
                List<Map<String, String>> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(
                            Map.of("name", parameter.path("name").asString(""), "in", parameter.path("in").asString(""),
                                    "description", parameter.path("description").asString("")));
                }
                shown.put("parameters", parameters);
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("example");
                shown.put("requestExample", body.isMissingNode() ? "" : pretty(body));
                List<Map<String, String>> responses = new ArrayList<>();
                for (Iterator<String> statuses = operation.path("responses").propertyNames().iterator(); statuses
                    .hasNext();) {
                    String status = statuses.next();
                    JsonNode response = operation.path("responses").path(status);
                    JsonNode content = response.path("content");
                    String example = "";
                    for (String type : content.propertyNames()) {
                        JsonNode value = content.path(type).path("example");
                        if (!value.isMissingNode()) {
                            example = pretty(value);
                        }
                        break;
                    }
                    responses.add(Map.of("status", status, "description", response.path("description").asString(""),
                            "example", status.startsWith("2") ? example : ""));
                }
                shown.put("responses", responses);
                operations.add(shown);
            }
        }
        return operations;
    }

    private String pretty(JsonNode node) {
        return this.json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    }

}
