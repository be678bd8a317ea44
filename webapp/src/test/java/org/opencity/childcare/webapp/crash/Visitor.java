package org.opencity.childcare.webapp.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.webapp.support.Html;

/**
 * One person's browser against a host in another process: its own cookies (so its own
 * session), redirects not followed (a redirect is the acknowledgement of a write), and
 * the form token of the last form it read, sent back with each post as a browser does.
 */
final class Visitor {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    private final URI base;

    private @Nullable String csrf;

    Visitor(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    /** Reads a page; when it holds a form, keeps its token for the next posts. */
    Page get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(this.base.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build();
        Page page = send(request);
        Html.inputValue(page.body(), "_csrf").ifPresent((token) -> this.csrf = token);
        return page;
    }

    /** Posts a form, URL-encoded, with the token of the last form read. */
    Page post(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        body.add("_csrf=" + encode(token()));
        fields.forEach((name, values) -> values.forEach((value) -> body.add(encode(name) + "=" + encode(value))));
        HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
        return send(request);
    }

    /** Posts a form with one attached file, as {@code multipart/form-data}. */
    Page postMultipart(String path, Map<String, List<String>> fields, String fileField, String fileName,
            String contentType, byte[] content) throws IOException, InterruptedException {
        String boundary = "----crash" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", token());
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            for (String value : field.getValue()) {
                part(body, boundary, field.getKey(), value);
            }
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
        return send(request);
    }

    private Page send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = this.client.send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String location = response.headers().firstValue("Location").map(Visitor::pathAndQuery).orElse(null);
        return new Page(request.method() + " " + request.uri().getRawPath(), response.statusCode(), location,
                response.body());
    }

    private String token() {
        if (this.csrf == null) {
            throw new IllegalStateException("Read a page with a form before posting");
        }
        return this.csrf;
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The path and query of a redirect target, whether the host sent it absolute or not.
     */
    private static String pathAndQuery(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
    }

    /**
     * A response: its status, where it redirects (path and query) and its body.
     *
     * @param request the method and path asked, for messages
     * @param status the HTTP status
     * @param location the redirect target's path and query, if any
     * @param body the page
     */
    record Page(String request, int status, @Nullable String location, String body) {

        boolean redirectsTo(String prefix) {
            return this.status == 302 && this.location != null && this.location.startsWith(prefix);
        }

        /** A short description for assertion messages. */
        String describe() {
            String text = Html.text(this.body);
            return this.request + " -> " + this.status + ((this.location != null) ? " to " + this.location : "") + ": "
                    + text.substring(0, Math.min(300, text.length()));
        }

    }

}
