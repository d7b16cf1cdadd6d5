package com.homebound.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.process.AsSystem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A user completing a task over HTTP (Tasklist or the REST API) may only send the fields of that
 * task's form. Without this, a carrier could send "bundleItemId" along with its tracking number
 * and ship someone else's parcel: the process trusts the ids it holds.
 */
public class TaskFormFieldsOnly extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)$");

    private final FormService formService;
    private final AsSystem asSystem;
    private final ObjectMapper json = new ObjectMapper();

    public TaskFormFieldsOnly(FormService formService, AsSystem asSystem) {
        this.formService = formService;
        this.asSystem = asSystem;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI());
        completion.matches();
        byte[] body = request.getInputStream().readAllBytes();
        Set<String> submitted = new HashSet<>();
        if (body.length > 0) {
            JsonNode variables = json.readTree(body).path("variables");
            variables.fieldNames().forEachRemaining(submitted::add);
        }
        submitted.removeAll(formFields(completion.group(1)));
        if (!submitted.isEmpty()) {
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "Not fields of this task's form: " + String.join(", ", submitted));
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** The keys of the task's Camunda Form; none if the task has no form (or does not exist: the engine answers that). */
    private Set<String> formFields(String taskId) {
        Set<String> keys = new HashSet<>();
        try (InputStream form = asSystem.call(() -> formService.getDeployedTaskForm(taskId))) {
            collectKeys(json.readTree(form).path("components"), keys);
        } catch (ProcessEngineException | IOException e) {
            return keys;
        }
        return keys;
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (Iterator<JsonNode> it = components.elements(); it.hasNext(); ) {
            JsonNode component = it.next();
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

    /** The request again, for the REST API to read the body this filter already read. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
