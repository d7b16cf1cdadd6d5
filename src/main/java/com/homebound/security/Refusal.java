package com.homebound.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** A filter's "no", with the reason in a small JSON body (error pages show no messages). */
final class Refusal {

    private Refusal() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
