package com.homebound.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;


/**
 * Camunda's REST API is open to anyone by default: here it and Homebound's /api need a login.
 * Homebound's pages (/waves, /training-sessions, /it/uploads, /tracking, the API's Swagger UI) and /api also accept the webapps' login (Tasklist's session), so
 * nobody logs in twice. The webapps (/camunda) have their own login; /receipt links carry a
 * signature instead.
 */
@Configuration
public class WebSecurityConfig {

    @Bean
    FilterRegistrationBean<BasicAuthenticationFilter> basicAuthentication(IdentityService identityService, ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService, engine.getName()));
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/demo/*", "/waves", "/waves/*", "/training-sessions", "/it/*",
                "/tracking", "/tracking/*",
                // The API's OpenAPI description and its Swagger UI page are for logged-in users too.
                "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Refusals from inside the engine answer 4xx in words on every engine API (see UserMistakes). */
    @Bean
    FilterRegistrationBean<EngineAnswersInWords> engineAnswersInWords() {
        var registration = new FilterRegistrationBean<>(new EngineAnswersInWords());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappApiForItsUsers> cockpitApiForCockpitUsers() {
        var registration = new FilterRegistrationBean<>(new WebappApiForItsUsers("cockpit"));
        registration.setName("cockpitApiForCockpitUsers");
        registration.addUrlPatterns("/camunda/api/cockpit/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappApiForItsUsers> adminApiForAdministrators() {
        var registration = new FilterRegistrationBean<>(new WebappApiForItsUsers("admin"));
        registration.setName("adminApiForAdministrators");
        registration.addUrlPatterns("/camunda/api/admin/plugin/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Browsers must not guess a type for our JSON and CSV answers (Camunda's webapps set this themselves). */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> noContentTypeSniffing() {
        jakarta.servlet.Filter nosniff = (request, response, chain) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(nosniff);
        registration.setName("noContentTypeSniffing");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/demo/*", "/receipt/*", "/tracking", "/v3/api-docs/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FirstAdministratorSetupBlocked> firstAdministratorSetupBlocked() {
        var registration = new FilterRegistrationBean<>(new FirstAdministratorSetupBlocked());
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
