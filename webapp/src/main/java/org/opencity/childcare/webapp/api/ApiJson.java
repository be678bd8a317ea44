package org.opencity.childcare.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.opencity.childcare.validation.FieldError;

/**
 * The API's own JSON reading, stricter than the application's: a body must say it is JSON
 * (else 415), be at most {@code childcare.api.max-body-size} (else 413, checked on the
 * declared length and again while reading), and bind exactly: an unknown field, a number
 * where text is expected, a trailing second document or a missing primitive is a 400
 * naming the field, never silently ignored or coerced. The application's global Jackson
 * settings, which the rest of the site relies on, are left alone.
 */
@Component
public class ApiJson {

    private final JsonMapper mapper;

    private final long maxBodySize;

    ApiJson(ApiProperties properties) {
        this.mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // Text fields take text only: 42 or true where a string is expected is an
            // error.
            .withCoercionConfig(LogicalType.Textual,
                    (config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
        this.maxBodySize = properties.maxBodySize().toBytes();
    }

    /** The request's JSON body as {@code type}; an {@link ApiProblemException} if not. */
    public <T> T read(HttpServletRequest request, Class<T> type) {
        requireJson(request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > this.maxBodySize) {
            throw new ApiProblemException(ProblemKind.PAYLOAD_TOO_LARGE);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBodySize + 1));
        }
        catch (IOException ex) {
            throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST, "api.problem.unreadable");
        }
        if (body.length > this.maxBodySize) {
            throw new ApiProblemException(ProblemKind.PAYLOAD_TOO_LARGE);
        }
        if (body.length == 0) {
            throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST, "api.problem.emptyBody");
        }
        try {
            T value = this.mapper.readValue(body, type);
            if (value == null) {
                throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST, "api.problem.emptyBody");
            }
            return value;
        }
        catch (UnrecognizedPropertyException ex) {
            throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST, "api.problem.unknownField",
                    List.of(new FieldError(path(ex), "api.field.unknown", List.of())));
        }
        catch (JacksonException ex) {
            String field = path(ex);
            throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST,
                    field.isEmpty() ? "api.problem.malformedJson" : "api.problem.wrongType",
                    field.isEmpty() ? List.of() : List.of(new FieldError(field, "api.field.wrongType", List.of())));
        }
    }

    /** Serialises a value with the API's mapper (problems written by filters). */
    public byte[] write(Object value) {
        return this.mapper.writeValueAsBytes(value);
    }

    /** Reads a JSON document that is not a request body (the OpenAPI resource). */
    public JsonMapper mapper() {
        return this.mapper;
    }

    private static void requireJson(String contentType) {
        if (contentType == null) {
            throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype()
                    || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType());
            if (!json) {
                throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
            }
        }
        catch (InvalidMediaTypeException ex) {
            throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** The JSON path of the field a binding error is about: {@code children[1]}. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

}
