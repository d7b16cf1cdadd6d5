package com.homebound.importing;

import org.springframework.web.util.HtmlUtils;

/** Plain pages for uploading a CSV from a browser and reading what became of each line. */
public final class ImportReportPage {

    private ImportReportPage() {
    }

    public static String uploadForm(String title, String action, String columns) {
        return page(title, "<p>CSV with a header row: <code>" + HtmlUtils.htmlEscape(columns) + "</code></p>"
                + "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" + action + "\">"
                + "<input type=\"file\" name=\"file\" accept=\".csv,text/csv\" required> <button type=\"submit\">Upload</button></form>");
    }

    public static String result(String title, ImportReport report) {
        StringBuilder body = new StringBuilder("<p>").append(report.getApplied()).append(" line(s) applied, ")
                .append(report.getAlreadyApplied()).append(" already applied before, ")
                .append(report.getRejected().size()).append(" rejected.</p>");
        if (!report.getRejected().isEmpty()) {
            body.append("<table border=\"1\" cellpadding=\"4\"><tr><th>Line</th><th>Why it was rejected</th></tr>");
            report.getRejected().forEach(r -> body.append("<tr><td>").append(r.line()).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(r.reason())).append("</td></tr>"));
            body.append("</table>");
        }
        return page(title, body.toString());
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:50em;margin:2em auto\"><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1>" + body + "</body></html>";
    }
}
