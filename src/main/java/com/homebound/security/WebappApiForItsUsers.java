package com.homebound.security;

import java.io.IOException;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Camunda's own rules let any logged-in webapp user call Cockpit's plugin API (process statistics,
 * incidents, variables across processes) and Admin's, even one allowed into Tasklist only. An
 * app's API is for the users who may open that app. Mapped by the servlet container, which strips
 * ";params" and extra slashes before it routes, so every spelling that reaches the API passes here.
 */
class WebappApiForItsUsers implements Filter {

    private final String app;

    WebappApiForItsUsers(String app) {
        this.app = app;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (staticAsset(http) || mayOpen(http)) {
            chain.doFilter(request, response);
            return;
        }
        Refusal.send((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN, "Only users allowed into " + app + " may use its API");
    }

    /** The apps load their plugins' scripts before anyone logs in; they hold no data. */
    private static boolean staticAsset(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "GET".equals(request.getMethod()) && path.matches("^/camunda/api/[a-z]+/plugin/[^/]+/static/.*");
    }

    private boolean mayOpen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications.getAuthentications().stream().anyMatch(auth ->
                auth.isAuthorizedForApp(app));
    }
}
