package com.homebound.process;

import java.util.regex.Pattern;

/** The form an identifier typed by a person or sent by a system must take, and the words a refusal uses for it. */
public record Shape(Pattern pattern, String description) {

    public static Shape of(String regex, String description) {
        return new Shape(Pattern.compile(regex), description);
    }

    public boolean fits(String text) {
        return text != null && pattern.matcher(text).matches();
    }
}
