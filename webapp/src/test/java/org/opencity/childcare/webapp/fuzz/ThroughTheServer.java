package org.opencity.childcare.webapp.fuzz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencity.childcare.webapp.site.SitePaths;

/**
 * What only the real server sees: an upload over the 25 MB request limit (MockMvc has no
 * limit) and bytes that are not UTF-8, parsed by the servlet container itself. The upload
 * is streamed, never held in memory.
 */
final class ThroughTheServer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final int OVERSIZED = 26 * 1024 * 1024;

    private final String base;

    private final Tally tally;

    private final HttpClient client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();

    ThroughTheServer(int port, Tally tally) {
        this.base = "http://localhost:" + port;
        this.tally = tally;
    }

    void send() throws IOException, InterruptedException {
        String token = token();
        String boundary = "----fuzz" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"firstName\"\r\n\r\n<script>alert(1)</script>\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"enorme.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
            .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        check("POST " + SitePaths.REGISTER + " documents=26 MB through the server",
                HttpRequest.newBuilder(URI.create(this.base + SitePaths.REGISTER))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(() -> chunks(head, OVERSIZED, tail)))
                    .build());

        byte[] invalid = concat(("_csrf=" + token + "&firstName=").getBytes(StandardCharsets.US_ASCII),
                new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, '&' }, "lastName=%C3%28%FF%&email=%ZZ".getBytes());
        check("POST " + SitePaths.REGISTER + " invalid UTF-8 body through the server",
                HttpRequest.newBuilder(URI.create(this.base + SitePaths.REGISTER))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(invalid))
                    .build());
        check("GET " + SitePaths.LOGIN + " invalid UTF-8 query through the server",
                HttpRequest.newBuilder(URI.create(this.base + SitePaths.LOGIN + "?deconnexion=%C3%28%FF&x=%C0%AF"))
                    .GET()
                    .build());
        check("GET " + SitePaths.UNSUBSCRIBE + " invalid UTF-8 token through the server",
                HttpRequest.newBuilder(URI.create(this.base + SitePaths.UNSUBSCRIBE + "?jeton=%C3%28%FF%3Cscript%3E"))
                    .GET()
                    .build());
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> page = this.client.send(
                HttpRequest.newBuilder(URI.create(this.base + SitePaths.REGISTER)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No form token on the registration page");
        }
        return matcher.group(1);
    }

    private void check(String what, HttpRequest request) throws IOException, InterruptedException {
        this.tally.request();
        HttpResponse<String> response;
        try {
            response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            this.tally.serverError(what + " -> connection failed: " + ex);
            return;
        }
        if (response.statusCode() >= 500) {
            this.tally.serverError(what + " -> status " + response.statusCode());
        }
        List<String> echoes = HostileValues.unescaped(response.body());
        if (!echoes.isEmpty()) {
            this.tally.unescaped(what + " -> status " + response.statusCode() + " unescaped " + echoes);
        }
    }

    private static Iterator<byte[]> chunks(byte[] head, int size, byte[] tail) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(head);
        byte[] chunk = new byte[64 * 1024];
        Iterator<byte[]> zeros = new Iterator<>() {

            private int left = size;

            @Override
            public boolean hasNext() {
                return this.left > 0;
            }

            @Override
            public byte[] next() {
                int length = Math.min(this.left, chunk.length);
                this.left -= length;
                return (length == chunk.length) ? chunk : java.util.Arrays.copyOf(chunk, length);
            }

        };
        return new Iterator<>() {

            private int stage;

            @Override
            public boolean hasNext() {
                return this.stage < 2;
            }

            @Override
            public byte[] next() {
                if (this.stage == 0) {
                    this.stage = 1;
                    return parts.get(0);
                }
                if (zeros.hasNext()) {
                    return zeros.next();
                }
                this.stage = 2;
                return tail;
            }

        };
    }

    private static byte[] concat(byte[]... arrays) {
        int length = 0;
        for (byte[] array : arrays) {
            length += array.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] array : arrays) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }

}
