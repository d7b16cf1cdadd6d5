package com.homebound.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Homebound's own endpoints say what was wrong, in a JSON body; other errors keep Spring's
 * default page, which shows no internals (server.error.include-message=never).
 */
@RestControllerAdvice(basePackages = "com.homebound")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** What the later of two simultaneous changes to the same case is told. */
    static final String CHANGED_MEANWHILE = "Someone else changed this at the same moment (another person, or the same action sent twice): "
            + "nothing was saved by this request. Reload to see where it stands, and try again if it is still needed";

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
        // A person's mistake, said back to them in words: logged at INFO, as UserMistakes does for the engine's refusals.
        if (e.getStatusCode().is4xxClientError()) {
            log.info("Refused with {}: {}", e.getStatusCode().value(), e.getReason());
        } else {
            log.error("Answered {}: {}", e.getStatusCode().value(), e.getReason(), e);
        }
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("status", e.getStatusCode().value(),
                "message", e.getReason() == null ? "" : e.getReason()));
    }

    /**
     * The database restarting under a request, or another request changing the same case at the same moment:
     * rolled back whole, and the caller may simply try again.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class, org.camunda.bpm.engine.ProcessEngineException.class})
    ResponseEntity<Map<String, Object>> rolledBack(RuntimeException e) {
        if (e instanceof org.camunda.bpm.engine.OptimisticLockingException) {
            log.info("Refused with 409: {}", CHANGED_MEANWHILE);
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "message", CHANGED_MEANWHILE));
        }
        if (!DatabaseUnavailable.causes(e)) {
            throw e;
        }
        log.warn("Answered 503: the database is not answering ({})", DatabaseUnavailable.reason(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(Map.of("status", 503, "message", DatabaseUnavailable.MESSAGE));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return ResponseEntity.badRequest().body(Map.of("status", 400, "message",
                "The body is not JSON of the expected shape: " + (detail == null ? "" : detail.lines().findFirst().orElse(""))));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> brokenUpload(MultipartException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400,
                "message", "The upload is not a readable multipart/form-data body: send the CSV as the multipart field \"file\""));
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("status", 413,
                "message", "The file is too large: an upload is at most 64 MB"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> noFile(MissingServletRequestPartException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400,
                "message", "Send the CSV as the multipart field \"" + e.getRequestPartName() + "\""));
    }
}
