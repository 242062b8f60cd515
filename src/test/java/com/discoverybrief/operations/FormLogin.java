package com.discoverybrief.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in over plain HTTP the way the login page's form does: open the login page for a session and
 * its CSRF token, post the username and password, and read where the application sends the browser.
 * Extra headers (such as a proxy's X-Forwarded-*) go on every request.
 */
final class FormLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final Map<String, String> headers;

    FormLogin(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** Where the login sends the browser: the application on success, {@code /login?error...} on refusal. */
    String signIn(String username, String password) {
        HttpResponse<String> page = send(request("login").GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page (" + page.statusCode() + ")");
        }
        String form = Map.of("username", username, "password", password, "_csrf", token.group(1)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return answer.headers().firstValue("Location").map(location -> location.replaceFirst("^https?://[^/]+", ""))
                .orElseThrow(() -> new AssertionError("the login answered " + answer.statusCode() + " without a redirect"));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
