package com.homebound.security;

import org.camunda.bpm.engine.BadUserRequestException;

/** A guard's "no" to a person's call, with the HTTP status and the reason in words. */
class RefusedRequest extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    private final int status;

    RefusedRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
