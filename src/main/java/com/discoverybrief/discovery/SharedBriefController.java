package com.discoverybrief.discovery;

import com.discoverybrief.base.Translations;
import com.discoverybrief.brief.BriefModel;
import com.discoverybrief.brief.BriefRenderer;
import com.discoverybrief.brief.HtmlBriefRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The client's side of a share link: {@code /shared/<token>} shows the brief as a web page,
 * {@code /shared/<token>/brief.pdf} downloads it. A plain Spring MVC controller, outside Vaadin: the
 * page is one server-rendered HTML document with no script, no Vaadin session and no cookie, so
 * nothing but the brief is reachable from it, and every word in it is escaped. Spring Security lets
 * anyone in on these two paths only.
 *
 * <p>Every answer carries {@code X-Robots-Tag: noindex} and {@code Cache-Control: no-store}. A token
 * that is unknown, revoked or expired gets the same polite page with the same status (404), in the
 * visitor's language (the brief's language is not known then, and must not be): nothing tells them
 * apart. Too many requests from one address get 429 with the same kind of page.
 */
@Controller
class SharedBriefController {

    static final String PATH = "/shared/";

    private final BriefShares shares;
    private final HtmlBriefRenderer html;
    private final BriefRenderer pdf;
    private final ShareRateLimit limit;

    SharedBriefController(BriefShares shares, HtmlBriefRenderer html, BriefRenderer pdf, ShareRateLimit limit) {
        this.shares = shares;
        this.html = html;
        this.pdf = pdf;
        this.limit = limit;
    }

    @GetMapping(PATH + "{token}")
    void page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(token, token + "/brief.pdf", request, response);
    }

    /** The same page for a link written with a trailing slash (some mail clients and messengers do). */
    @GetMapping(PATH + "{token}/")
    void pageWithSlash(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page(token, "brief.pdf", request, response);
    }

    private void page(String token, String pdfHref, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        private_(response);
        if (!limit.allow(request.getRemoteAddr())) {
            tooMany(request, response);
            return;
        }
        Optional<BriefModel> brief = "HEAD".equals(request.getMethod()) ? shares.look(token) : shares.open(token);
        if (brief.isEmpty()) {
            unavailable(request, response);
            return;
        }
        Locale locale = brief.get().meta().locale();
        write(response, HttpStatus.OK, html.render(brief.get(), pdfHref,
                Translations.text(locale, "share.page.downloadPdf")));
    }

    @GetMapping(PATH + "{token}/brief.pdf")
    void pdf(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        private_(response);
        if (!limit.allow(request.getRemoteAddr())) {
            tooMany(request, response);
            return;
        }
        Optional<BriefShares.Shared> shared = shares.pdf(token);
        if (shared.isEmpty()) {
            unavailable(request, response);
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + shared.get().brief().fileName() + "\"");
        pdf.render(shared.get().model(), response.getOutputStream());
    }

    /** Not indexed, not cached, no referrer: the address is the key. */
    private static void private_(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Translations.supported(request.getLocale());
        write(response, HttpStatus.NOT_FOUND, politePage(locale, "share.unavailable.title", "share.unavailable.text"));
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limit.secondsLeft()));
        Locale locale = Translations.supported(request.getLocale());
        write(response, HttpStatus.TOO_MANY_REQUESTS, politePage(locale, "share.tooMany.title", "share.tooMany.text"));
    }

    static String politePage(Locale locale, String titleKey, String textKey) {
        String title = escape(Translations.text(locale, titleKey));
        return "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + title + "</title>"
                + "<style>body{margin:0;background:#f3f4f6;color:#1f2937;font:16px/1.5 \"Liberation Sans\",Arial,sans-serif}"
                + "main{max-width:560px;margin:12vh auto;background:#fff;padding:28px 24px;border-radius:8px}"
                + "h1{font-size:1.3em;margin:0 0 10px}</style></head><body><main id=\"share-unavailable\"><h1>" + title
                + "</h1><p>" + escape(Translations.text(locale, textKey)) + "</p></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String page) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
