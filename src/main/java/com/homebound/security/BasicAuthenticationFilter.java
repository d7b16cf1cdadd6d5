package com.homebound.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * HTTP basic login against Camunda's users for the REST API and Homebound's own endpoints. Every
 * request needs it, including the ones Camunda's own filter lets through (/engine, /identity/verify).
 * The engine then applies the caller's authorizations.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

    /** Webhooks that authenticate with a signature of their body, which their controller checks, instead of a login. */
    public static final String AFTERSHIP_WEBHOOK = "/api/carriers/aftership/webhook";

    private static final Set<String> SIGNED_PATHS = Set.of(AFTERSHIP_WEBHOOK);

    private final IdentityService identityService;
    private final String engineName;

    public BasicAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    /** Webhooks authenticate with a signature of their own instead. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SIGNED_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            authenticateThenContinue(request, response, chain);
        } catch (RuntimeException e) {
            // Checking the password needs the database: while it restarts, the caller is told to try again, not shown a 500.
            if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
                throw e;
            }
            Refusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        }
    }

    private void authenticateThenContinue(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN, "Requests from another site are refused");
            return;
        }
        String header = request.getHeader("Authorization");
        Authentication webappLogin = header == null ? webappLogin(request) : null;
        if (webappLogin != null) {
            identityService.setAuthentication(webappLogin);
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
            return;
        }
        String[] credentials = credentials(header);
        if (credentials == null && header == null && wantsAPage(request)) {
            // A person's browser without a login: Tasklist's login page, then back here.
            response.sendRedirect(request.getContextPath() + "/camunda/app/tasklist/" + engineName + "/");
            return;
        }
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Homebound\"");
            Refusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in with your Homebound user");
            return;
        }
        String userId = credentials[0];
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identityService.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Someone logged into Tasklist (or Cockpit) uses Homebound's pages without a second login: the
     * webapps' session says who they are, with the groups the engine knows them by.
     */
    private Authentication webappLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        var found = logins.getAuthenticationForProcessEngine(engineName);
        UserAuthentication login = found instanceof UserAuthentication user ? user : null;
        if (login == null || login.getIdentityId() == null) {
            return null;
        }
        return new Authentication(login.getIdentityId(), login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds()),
                login.getTenantIds() == null ? List.of() : List.copyOf(login.getTenantIds()));
    }

    private static boolean wantsAPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    /**
     * Browsers replay a cached basic login on a form posted from any site (CSRF). API clients send
     * no Origin; a browser page of Homebound itself sends its own.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return false;
        }
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        String self = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        return !origin.equalsIgnoreCase(self);
    }

    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
