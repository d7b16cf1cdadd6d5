package com.homebound.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The tracking page and its data: a manager sees their own people, HR and IT everyone. Who sees whom
 * is decided here from the caller's login and applied in the queries (PeopleTracking.Scope).
 */
@Controller
@io.swagger.v3.oas.annotations.OpenAPIDefinition(info = @io.swagger.v3.oas.annotations.info.Info(title = "Homebound tracking API", version = "1",
        description = "Where each person's equipment is and when they can work. Log in as in Tasklist (its session in a browser, "
                + "HTTP basic from a script). A manager sees their own people only; HR and IT see everyone."))
@Tag(name = "Tracking", description = "Where each person's equipment is and when they can work; a manager sees their own people only")
class TrackingApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrackingApi.class);

    private final PeopleTracking people;
    private final WaveTracking waves;
    private final TrackingCsv csv;
    private final ManagerDigest digest;
    private final Caller caller;
    private final IdentityService identityService;

    TrackingApi(PeopleTracking people, WaveTracking waves, TrackingCsv csv, ManagerDigest digest, Caller caller,
                IdentityService identityService) {
        this.people = people;
        this.waves = waves;
        this.csv = csv;
        this.digest = digest;
        this.caller = caller;
        this.identityService = identityService;
    }

    @GetMapping(value = "/tracking", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    @Operation(hidden = true)
    String page() throws IOException {
        scope();
        try (InputStream page = getClass().getResourceAsStream("/pages/tracking.html")) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Me(String userId, boolean everyone, boolean digest) {
    }

    @GetMapping("/api/tracking/me")
    @ResponseBody
    @Operation(summary = "Who the page is for: whether the caller sees everyone or their own people, and their digest setting")
    Me me() {
        PeopleTracking.Scope scope = scope();
        String user = identityService.getCurrentAuthentication().getUserId();
        return new Me(user, scope.everyone(), digest.wanted(user));
    }

    @GetMapping("/api/tracking/people")
    @ResponseBody
    @Operation(summary = "The people the caller follows, newest case first, each with items, timelines and what the case waits on")
    PeopleTracking.Page list(@Parameter(description = "Only this wave's people") @RequestParam(value = "wave", required = false) Long wave,
                             @Parameter(description = "Only people of this site") @RequestParam(value = "site", required = false) String site,
                             @Parameter(description = "in progress, or ready") @RequestParam(value = "status", required = false) String status,
                             @Parameter(description = "Only cases with a late step") @RequestParam(value = "overdue", defaultValue = "false") boolean overdue,
                             @Parameter(description = "The next value of the previous page") @RequestParam(value = "before", required = false) Long before,
                             @Parameter(description = "At most this many people (1 to 500; 50 when not given)") @RequestParam(value = "limit", defaultValue = "50") int limit) {
        PeopleTracking.Scope scope = scope();
        if (limit < 1 || limit > PeopleTracking.MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Limit must be a number from 1 to " + PeopleTracking.MAX_PAGE);
        }
        return people.people(scope, filter(wave, site, status, overdue), before, limit);
    }

    @GetMapping("/api/tracking/people/{caseId}")
    @ResponseBody
    @Operation(summary = "One person, if the caller follows them")
    PeopleTracking.Person person(@PathVariable("caseId") long caseId) {
        // Someone else's person answers like a missing one: the caller learns nothing of them.
        return people.person(scope(), caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + caseId + " among yours"));
    }

    @GetMapping(value = "/api/tracking/people.csv", produces = "text/csv")
    @Operation(summary = "The same people as a CSV file for Excel (;-separated, UTF-8 with BOM), one line per item")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(value = "wave", required = false) Long wave,
                                                 @RequestParam(value = "site", required = false) String site,
                                                 @RequestParam(value = "status", required = false) String status,
                                                 @RequestParam(value = "overdue", defaultValue = "false") boolean overdue) {
        PeopleTracking.Scope scope = scope();
        PeopleTracking.Filter filter = filter(wave, site, status, overdue);
        // The scope is decided now, on the request's thread, where the login is known; the body is written later.
        StreamingResponseBody body = out -> csv.write(scope, filter, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tracking" + (wave == null ? "" : "-wave-" + wave) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/api/tracking/waves")
    @ResponseBody
    @Operation(summary = "The waves HR and IT can follow")
    List<WaveTracking.WaveSummary> waves() {
        requireEveryone();
        return waves.waves();
    }

    @GetMapping("/api/tracking/waves/{id}")
    @ResponseBody
    @Operation(summary = "A wave: people per stage now and day by day, stuck cases first")
    WaveTracking.View wave(@PathVariable("id") long id) {
        return waves.of(requireEveryone(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No wave " + id));
    }

    record DigestSetting(Boolean wanted) {
    }

    @PutMapping("/api/tracking/digest")
    @ResponseBody
    @Operation(summary = "Turn the caller's daily digest mail on or off")
    Map<String, Object> digest(@RequestBody DigestSetting setting) {
        String manager = caller.requireAnyGroup(Roles.MANAGERS);
        if (setting == null || setting.wanted() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Say whether you want the daily digest (wanted: true or false)");
        }
        digest.want(manager, setting.wanted());
        return Map.of("managerId", manager, "wanted", setting.wanted());
    }

    /** "?wave=abc" is a mistake of the caller's: a 400 naming the parameter, not Spring's bare "Bad Request". */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        String label = switch (e.getName()) {
            case "wave", "id" -> "Wave";
            case "caseId" -> "Person";
            case "before" -> "Before";
            case "limit" -> "Limit";
            case "overdue" -> "Late only";
            default -> e.getName();
        };
        String expected = Boolean.class.equals(e.getRequiredType()) || boolean.class.equals(e.getRequiredType()) ? "true or false" : "a whole number";
        log.info("Tracking request refused: {} is not {}", label, expected);
        return ResponseEntity.badRequest().body(Map.of("status", 400, "message", label + " must be " + expected));
    }

    /** HR and IT follow everyone; a manager their own people; nobody else sees anyone. */
    private PeopleTracking.Scope scope() {
        String user = caller.requireAnyGroup(Roles.HR, Roles.IT, Roles.MANAGERS);
        if (caller.isInGroup(Roles.HR) || caller.isInGroup(Roles.IT)) {
            return PeopleTracking.Scope.all(Set.copyOf(identityService.getCurrentAuthentication().getGroupIds()));
        }
        return PeopleTracking.Scope.managerOf(user);
    }

    private PeopleTracking.Scope requireEveryone() {
        caller.requireAnyGroup(Roles.HR, Roles.IT);
        return scope();
    }

    private static PeopleTracking.Filter filter(Long wave, String site, String status, boolean overdue) {
        String caseStatus = null;
        if (status != null && !status.isBlank()) {
            caseStatus = switch (status.trim().toLowerCase(Locale.ROOT).replace('_', ' ')) {
                case "in progress" -> "IN_PROGRESS";
                case "ready" -> "READY";
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Status must be \"in progress\" or \"ready\"");
            };
        }
        if (site != null && site.length() > 80) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Site must be at most 80 characters");
        }
        return new PeopleTracking.Filter(wave, site == null || site.isBlank() ? null : site.trim(), caseStatus, overdue);
    }
}
