package com.homebound.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's REST layer answers 500 for most refusals from inside the engine and prefixes them with
 * internal ids ("Cannot complete task 3f2a…: ENGINE-03051 …"). When the engine refused a person's
 * call (see {@link UserMistakes}), this answers with that status and only the reason, in words.
 */
class EngineAnswersInWords extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Refusals.Slot slot = Refusals.open();
        boolean failed = false;
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | RuntimeException e) {
            // Some engine calls (the REST API's own identity checks) let the failure escape the servlet instead of
            // answering 500: with a refusal recorded, the caller still gets it; without one, the failure goes on.
            if (slot.refusal() == null || response.isCommitted()) {
                throw e;
            }
            failed = true;
        } finally {
            Refusals.close();
        }
        Refusals.Refusal refusal = slot.refusal();
        if (refusal != null && (failed || answer.getStatus() >= 400) && !response.isCommitted()) {
            answer.resetBuffer();
            response.setStatus(refusal.status());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            // Jersey already took the output stream, so the answer goes out as bytes, not through a writer.
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "InvalidRequestException", "message", refusal.message())));
            return;
        }
        answer.copyBodyToResponse();
    }
}
