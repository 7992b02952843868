package io.milkledger.account.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * GitHub as far as signing in goes, on a local port: the authorization and token endpoints of an OAuth app
 * (authorizing straight away, as GitHub does once the person has approved the app), {@code /user} and
 * {@code /user/emails}. mock-oauth2-server speaks OpenID Connect, which GitHub does not.
 */
final class FakeGitHub implements AutoCloseable {

    static final String CLIENT_ID = "github-client";
    static final String CLIENT_SECRET = "github-secret";

    /** A GitHub account and its email addresses, as {@code /user} and {@code /user/emails} show them. */
    record Account(long id, String login, @Nullable String name, List<Email> emails) {
    }

    record Email(String email, boolean primary, boolean verified) {
    }

    private final HttpServer server;
    private final Map<String, Account> byCode = new ConcurrentHashMap<>();
    private final Map<String, Account> byToken = new ConcurrentHashMap<>();
    private volatile @Nullable Account next;
    private volatile boolean refuseNext;
    private volatile String lastScope = "";

    private FakeGitHub(HttpServer server) {
        this.server = server;
        server.createContext("/login/oauth/authorize", this::authorize);
        server.createContext("/login/oauth/access_token", this::token);
        server.createContext("/user", this::user);
        server.createContext("/user/emails", this::emails);
    }

    static FakeGitHub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeGitHub github = new FakeGitHub(server);
        server.start();
        return github;
    }

    /** Where both the site and the API are. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The account that signs in at the next authorization request. */
    void signsInNext(Account account) {
        next = account;
        refuseNext = false;
    }

    /** The next authorization request is cancelled by the person, as GitHub reports it. */
    void cancelsNext() {
        refuseNext = true;
    }

    /** The scope the app asked for last, such as {@code read:user user:email}. */
    String lastScope() {
        return lastScope;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        lastScope = query.getOrDefault("scope", "");
        String back = query.get("redirect_uri") + "?state=" + encode(query.get("state"));
        Account account = next;
        if (refuseNext || account == null || !CLIENT_ID.equals(query.get("client_id"))) {
            back += "&error=access_denied";
        } else {
            String code = UUID.randomUUID().toString();
            byCode.put(code, account);
            back += "&code=" + code;
        }
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Account account = byCode.remove(form.getOrDefault("code", ""));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization")) || account == null) {
            json(exchange, 401, Map.of("error", "bad_verification_code"));
            return;
        }
        String token = "gho_" + UUID.randomUUID();
        byToken.put(token, account);
        json(exchange, 200, Map.of("access_token", token, "token_type", "bearer", "scope", "read:user,user:email"));
    }

    private void user(HttpExchange exchange) throws IOException {
        Account account = signedIn(exchange);
        if (account == null) {
            json(exchange, 401, Map.of("message", "Requires authentication"));
            return;
        }
        Map<String, @Nullable Object> user = new LinkedHashMap<>();
        user.put("login", account.login());
        user.put("id", account.id());
        user.put("name", account.name());
        // a private primary address is not shown here
        user.put("email", null);
        json(exchange, 200, user);
    }

    private void emails(HttpExchange exchange) throws IOException {
        Account account = signedIn(exchange);
        if (account == null) {
            json(exchange, 401, Map.of("message", "Requires authentication"));
            return;
        }
        json(exchange, 200, account.emails().stream()
                .map(email -> Map.of("email", email.email(), "primary", email.primary(), "verified",
                        email.verified(), "visibility", "private"))
                .toList());
    }

    private @Nullable Account signedIn(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null || !authorization.startsWith("Bearer ") ? null
                : byToken.get(authorization.substring("Bearer ".length()));
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> parameters(@Nullable String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(@Nullable String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
