package com.homebound.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's session with Camunda's webapps (Tasklist, Cockpit, Admin): logged in through the
 * login form, with the session cookie and the anti-CSRF token the webapps expect on every change.
 */
public final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in to the given app ("tasklist", "cockpit", "admin"); the answer's status says if it worked. */
    public static WebappSession login(int port, String user, String password, String app) {
        WebappSession session = new WebappSession(port);
        session.get("/camunda/app/" + app + "/default/");
        AppTestCase.Reply reply = session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (reply.status() != 200) {
            throw new AssertionError("Login of " + user + " to " + app + " failed: " + reply.status() + " " + reply.body());
        }
        // The login starts a new session; as in a browser, the next read hands out its anti-CSRF token.
        session.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    public AppTestCase.Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public AppTestCase.Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public AppTestCase.Reply send(HttpRequest.Builder request) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookie.getValue());
            }
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new AppTestCase.Reply(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + e, e);
        }
    }
}
