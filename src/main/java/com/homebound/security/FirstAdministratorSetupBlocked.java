package com.homebound.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's webapps let anyone create the first administrator while none exists. Homebound's
 * first administrator comes from the environment (CAMUNDA_BPM_ADMINUSER_ID and _PASSWORD) instead.
 */
public class FirstAdministratorSetupBlocked implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Refusal.send((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN, "Set CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD to create the first administrator");
    }
}
