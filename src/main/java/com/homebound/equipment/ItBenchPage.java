package com.homebound.equipment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** IT's page for bench reports and accounts lists, reached with the Tasklist login: it posts to /api/it/*. */
@Controller
class ItBenchPage {

    private final Caller caller;

    ItBenchPage(Caller caller) {
        this.caller = caller;
    }

    @GetMapping(value = "/it/uploads", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page() throws IOException {
        caller.requireAnyGroup(Roles.IT);
        try (InputStream page = getClass().getResourceAsStream("/pages/it-uploads.html")) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
