package com.homebound.onboarding;

import java.util.Arrays;

public enum CaseType {
    NEW_HIRE("new-hire", "contract with telework clause"),
    RELOCATION("relocation", "telework amendment");

    private final String code;
    private final String contractDocument;

    CaseType(String code, String contractDocument) {
        this.code = code;
        this.contractDocument = contractDocument;
    }

    public String code() {
        return code;
    }

    /** What HR sends for signature in this kind of case. */
    public String contractDocument() {
        return contractDocument;
    }

    public static CaseType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown case type " + code));
    }
}
