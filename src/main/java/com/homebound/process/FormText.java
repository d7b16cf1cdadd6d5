package com.homebound.process;

/**
 * Text that came from a person or a partner (an address, a carrier's message, a reason) and is
 * shown in a Tasklist form's text block. Those blocks render Markdown and HTML, so a name like
 * "<img src=x onerror=…>" would become markup: every mark that starts markup is escaped to read as itself.
 */
public final class FormText {

    /** HTML tags and entities, links and images, emphasis, code, headings, tables, strike-through. */
    private static final String MARKUP = "\\`*_[]()<>&!#|~";

    private FormText() {
    }

    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            // A line break would end the block and start Markdown anew.
            escaped.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return escaped.toString();
    }
}
