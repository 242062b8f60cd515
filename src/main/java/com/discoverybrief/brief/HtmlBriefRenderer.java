package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Checklist;
import com.discoverybrief.brief.BriefModel.ClientTitle;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Masthead;
import com.discoverybrief.brief.BriefModel.Note;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Readiness;
import com.discoverybrief.brief.BriefModel.Role;
import com.discoverybrief.brief.BriefModel.Run;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The web renderer: a {@link BriefModel} as one self-contained HTML page (inline style, the logo as a
 * data URI, no script) that reads on a phone: tables turn into stacked cards below 640 px. Every word
 * comes from the model and is HTML-escaped, so what a client typed prints literally. Stateless and
 * thread-safe.
 */
@Component
public class HtmlBriefRenderer {

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;background:#f3f4f6;color:#1f2937;font:16px/1.5 "Liberation Sans",Arial,Helvetica,sans-serif;\
            -webkit-text-size-adjust:100%}
            main{max-width:860px;margin:0 auto;background:#fff;padding:20px 18px 40px}
            .masthead{display:flex;align-items:center;gap:12px;border-bottom:2px solid var(--accent);padding-bottom:10px}
            .masthead img{width:42px;height:42px;object-fit:contain}
            .masthead .agency{flex:1}.masthead .agency b{color:var(--accent);font-size:1.1em}
            .masthead .doc{text-align:right}.small,.masthead small{color:#6b7280;font-size:.82em}
            .actions{margin:14px 0}.actions a{display:inline-block;background:var(--accent);color:#fff;\
            text-decoration:none;padding:10px 16px;border-radius:6px;font-weight:bold}
            h1{font-size:1.6em;margin:16px 0 2px;line-height:1.2}
            h2{color:var(--accent);font-size:1.2em;margin:26px 0 6px}
            h3{font-size:1em;margin:18px 0 4px}
            p{margin:4px 0}.bold{font-weight:bold}.label{font-weight:bold;color:#6b7280;font-size:.85em}
            .italic{font-style:italic;color:#6b7280;font-size:.9em}.priority{font-weight:bold;color:var(--accent);font-size:1.3em}
            .accent{color:var(--accent)}.done{color:#15803d}.todo{color:#b45309}.muted{color:#6b7280}
            .words{border-left:3px solid var(--tint);padding-left:8px}
            table{width:100%;border-collapse:collapse;margin:8px 0}
            th{background:var(--accent);color:#fff;text-align:left;font-size:.85em;padding:6px}
            td{vertical-align:top;padding:6px}
            p,li,td,th,h1,h2,h3,.words{overflow-wrap:anywhere;word-break:break-word;min-width:0}
            img{max-width:100%}
            table.ruled td{border-bottom:1px solid #e5e7eb}
            table.facts td:first-child,table.pairs td:nth-child(odd){color:#6b7280;font-weight:bold;font-size:.85em}
            .center{text-align:center}.right{text-align:right}
            .bar{height:8px;background:#e5e7eb;border-radius:4px;overflow:hidden;margin:4px 0 8px}
            .bar span{display:block;height:100%;background:var(--accent)}
            .readiness{display:flex;justify-content:space-between;gap:8px;margin-top:14px}
            h3.readiness{border-bottom:1px solid var(--accent);padding-bottom:4px}
            .note{background:var(--tint);border-left:4px solid var(--accent);padding:10px 12px;margin:14px 0}
            .draft{background:#fef3c7;color:#92400e;padding:6px 10px;border-radius:4px;font-weight:bold;display:inline-block}
            ul.checklist{list-style:none;padding:0}ul.checklist li{padding:6px 0;border-bottom:1px solid #e5e7eb}
            footer{color:#6b7280;font-size:.8em;margin-top:30px;border-top:1px solid #e5e7eb;padding-top:8px}
            @media (max-width:640px){
             main{padding:14px 12px 30px}.masthead{flex-wrap:wrap}.masthead .doc{text-align:left;width:100%}
             table,thead,tbody,tr,td{display:block;width:100%}thead{display:none}
             tr{border-bottom:1px solid #e5e7eb;padding:6px 0}table.ruled td{border-bottom:0;padding:2px 0}
             td{padding:2px 0}td.center{text-align:left}td.right{text-align:left}
             table.pairs td:nth-child(odd),table.facts td:first-child{padding-top:6px}
            }
            """;

    /**
     * The page for a model.
     *
     * @param pdfHref where its PDF is downloaded from (relative), or {@code null} for no button
     * @param pdfLabel the button's words
     */
    public String render(BriefModel model, String pdfHref, String pdfLabel) {
        BriefModel.Meta meta = model.meta();
        String accent = meta.branding().accentColor();
        java.awt.Color color = new java.awt.Color(meta.branding().accentRgb());
        String tint = String.format("#%02x%02x%02x", tint(color.getRed()), tint(color.getGreen()), tint(color.getBlue()));
        StringBuilder html = new StringBuilder(32_000);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(meta.locale().toLanguageTag())).append("\"><head>")
                .append("<meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append("<title>").append(escape(meta.title())).append("</title>")
                .append("<style>:root{--accent:").append(accent).append(";--tint:").append(tint).append("}")
                .append(CSS).append("</style></head><body><main>");
        for (Block block : model.blocks()) {
            if (block instanceof Masthead masthead) {
                masthead(html, masthead);
                if (meta.watermark() != null) {
                    html.append("<p class=\"draft\">").append(escape(meta.watermark())).append("</p>");
                }
                if (pdfHref != null) {
                    html.append("<p class=\"actions\"><a id=\"download-pdf\" href=\"").append(escape(pdfHref))
                            .append("\" rel=\"nofollow\">").append(escape(pdfLabel)).append("</a></p>");
                }
            } else if (block instanceof ClientTitle client) {
                html.append("<h1>").append(escape(client.client())).append("</h1><p class=\"small\">")
                        .append(escape(client.details())).append("</p>");
            } else if (block instanceof Heading heading) {
                String tag = heading.level() == 1 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(escape(heading.text())).append("</").append(tag).append('>');
            } else if (block instanceof Para para) {
                paragraph(html, para);
            } else if (block instanceof Table table) {
                table(html, table);
            } else if (block instanceof Readiness readiness) {
                readiness(html, readiness);
            } else if (block instanceof Checklist checklist) {
                html.append("<ul class=\"checklist\">");
                for (Checklist.Item item : checklist.items()) {
                    html.append("<li><span class=\"bold ").append(item.done() ? "done" : "todo").append("\">")
                            .append(escape(item.status())).append("</span> — ").append(escape(item.label())).append("</li>");
                }
                html.append("</ul>");
            } else if (block instanceof Note note) {
                html.append("<section class=\"note\"><h3>").append(escape(note.title())).append("</h3>");
                html.append("<p>").append(lines(note.text())).append("</p></section>");
            }
        }
        html.append("<footer>").append(escape(meta.footer())).append("</footer></main></body></html>\n");
        return html.toString();
    }

    private static int tint(int channel) {
        return Math.round(channel * 0.1f + 255 * 0.9f);
    }

    private void masthead(StringBuilder html, Masthead masthead) {
        html.append("<header class=\"masthead\">");
        LogoImages.bytesOf(masthead.logo()).ifPresent(bytes -> html.append("<img alt=\"\" src=\"data:image/")
                .append(LogoImages.isPng(bytes) ? "png" : "jpeg").append(";base64,")
                .append(Base64.getEncoder().encodeToString(bytes)).append("\">"));
        html.append("<div class=\"agency\"><b>").append(escape(masthead.agency())).append("</b>");
        if (!masthead.contact().isEmpty()) {
            html.append("<br><small>").append(escape(masthead.contact())).append("</small>");
        }
        html.append("</div><div class=\"doc\"><b>").append(escape(masthead.title())).append("</b><br><small>")
                .append(escape(masthead.date())).append("</small></div></header>");
    }

    private void paragraph(StringBuilder html, Para para) {
        html.append("<p class=\"").append(classes(para.style(), para.tone()))
                .append(para.role() == Role.CLIENT_WORDS ? " words" : "").append("\">");
        runs(html, para.runs());
        html.append("</p>");
    }

    private void runs(StringBuilder html, List<Run> runs) {
        for (Run run : runs) {
            String classes = classes(run.style(), run.tone());
            if (classes.isEmpty()) {
                html.append(lines(run.text()));
            } else {
                html.append("<span class=\"").append(classes).append("\">").append(lines(run.text())).append("</span>");
            }
        }
    }

    private void table(StringBuilder html, Table table) {
        String kind = switch (table.kind()) {
            case FACTS -> "facts";
            case ANSWER_PAIRS -> "pairs";
            case ANSWERS_LONG -> "long";
            case RULED, RULED_MEDIUM, RULED_WIDE -> "ruled";
        };
        html.append("<table class=\"").append(kind).append("\">");
        if (!table.header().isEmpty()) {
            html.append("<thead><tr>");
            table.header().forEach(title -> html.append("<th>").append(escape(title)).append("</th>"));
            html.append("</tr></thead>");
        }
        html.append("<tbody>");
        for (List<Cell> row : table.rows()) {
            html.append("<tr>");
            for (Cell cell : row) {
                if (table.kind() == TableKind.ANSWER_PAIRS && cell.text().isEmpty()) {
                    continue;
                }
                html.append("<td").append(switch (cell.align()) {
                    case LEFT -> "";
                    case CENTER -> " class=\"center\"";
                    case RIGHT -> " class=\"right\"";
                }).append('>');
                if (cell.simple()) {
                    Para para = cell.paras().get(0);
                    if (para.role() == Role.CLIENT_WORDS) {
                        html.append("<span class=\"words\">");
                        runs(html, para.runs());
                        html.append("</span>");
                    } else {
                        runs(html, para.runs());
                    }
                } else {
                    cell.paras().forEach(para -> paragraph(html, para));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void readiness(StringBuilder html, Readiness readiness) {
        int percent = Math.max(0, Math.min(100, readiness.percent()));
        if (readiness.level()) {
            html.append("<h3 class=\"readiness\"><span>").append(escape(readiness.label())).append("</span><span>")
                    .append(escape(readiness.value())).append("</span></h3>");
        } else {
            html.append("<p class=\"readiness bold\"><span>").append(escape(readiness.label())).append("</span><span>")
                    .append(escape(readiness.value())).append("</span></p>");
        }
        html.append("<div class=\"bar\" role=\"img\" aria-label=\"").append(escape(readiness.value()))
                .append("\"><span style=\"width:").append(percent).append("%\"></span></div>");
    }

    private static String classes(BriefModel.Style style, BriefModel.Tone tone) {
        String styleClass = switch (style) {
            case BOLD, SUBHEADING, AGENCY -> "bold";
            case LABEL -> "label";
            case SMALL -> "small";
            case ITALIC -> "italic";
            case PRIORITY -> "priority";
            default -> "";
        };
        String toneClass = switch (tone) {
            case NORMAL -> "";
            case ACCENT -> "accent";
            case DONE -> "done";
            case TO_DO -> "todo";
            case MUTED -> "muted";
        };
        return (styleClass + " " + toneClass).strip();
    }

    /** Escaped, with the text's line breaks kept. */
    private static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** HTML-escapes text for an element's content or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
