package org.opencity.childcare.webapp.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A visitor's browser talking HTTP to the running application: cookies kept, redirects
 * not followed. For what MockMvc cannot show, such as the pages the servlet container's
 * error handling and forwards produce, and the upload limits it enforces.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();

    private final String base;

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
    }

    /**
     * Sends a form the way a browser does ({@code application/x-www-form-urlencoded}).
     */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends a form with one file, the way a browser does ({@code multipart/form-data}).
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----form" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 4096);
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The form token of the first form on the page. */
    public static String csrfToken(Page page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No form token on the page: " + page.body());
        }
        return matcher.group(1);
    }

    private Page send(HttpRequest.Builder request) {
        if (!this.cookies.isEmpty()) {
            request.header("Cookie",
                    this.cookies.entrySet()
                        .stream()
                        .map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
        }
        request.header("Accept", "text/html").header("Accept-Language", "fr-FR,fr;q=0.9");
        try {
            HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private void keepCookie(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            this.cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What came back: status, page and where it redirects to, if anywhere. */
    public record Page(int status, String body, @Nullable String location) {

    }

}
