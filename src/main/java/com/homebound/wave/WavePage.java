package com.homebound.wave;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** HR's page for waves, reached with the Tasklist login: the data comes from /api/waves. */
@Controller
class WavePage {

    private final Caller caller;

    WavePage(Caller caller) {
        this.caller = caller;
    }

    @GetMapping(value = "/waves", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page() throws IOException {
        caller.requireAnyGroup(Roles.HR, Roles.IT);
        try (InputStream page = getClass().getResourceAsStream("/pages/waves.html")) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
