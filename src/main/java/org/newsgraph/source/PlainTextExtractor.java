package org.newsgraph.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text articles: the first real line is the headline; a navigation crumb above it, photo
 * captions, and the site footer at the end are not article text (captions are kept apart). A
 * dateline under the headline, else a dated caption, gives the publication date when nothing else
 * does (they are the dates the article states about itself).
 */
public final class PlainTextExtractor implements ArticleExtractor {

    private static final Pattern CRUMB = Pattern.compile("(?U)^\\s*[\\p{L}&'\\s-]{1,30}(\\s*[/|>»›]\\s*[\\p{L}&'\\s-]{1,30}){1,6}\\s*$");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((Photo|Photograph|Image|Picture|File photo)\\b[^)]*\\)\\s*$|^(Photo|Image|Picture)\\s*:|\\bImage:\\s*[^.]*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile(
            "can also be accessed at|all rights reserved|^\\s*(©|copyright\\b)|follow us on|subscribe to our newsletter"
                    + "|^\\s*(share this|related articles?|read more)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    /** "Press TV’s website can also be accessed at ...": the footer names the publisher. */
    private static final Pattern FOOTER_PUBLISHER = Pattern.compile("^([\\p{Lu}][\\p{L}\\p{N} .&-]{1,60}?)['’]s (?:website|site)\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), )?\\p{Lu}\\p{Ll}+ \\d{1,2}, \\d{4}");
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    private static final int HEADLINE_MAX = 250;

    @Override
    public Article extract(String sourceName, byte[] content) throws SourceException {
        String text = TextDecoder.decodeUtf8(sourceName, content);
        return fromText(sourceName, text);
    }

    /** The same extraction for text already decoded. */
    public Article fromText(String sourceName, String text) throws SourceException {
        List<String> paragraphs = paragraphs(text);
        int first = 0;
        while (first < paragraphs.size() && CRUMB.matcher(paragraphs.get(first)).matches()) {
            first++;
        }
        String headline = null;
        if (first < paragraphs.size() && paragraphs.size() - first > 1 && looksLikeHeadline(paragraphs.get(first))) {
            headline = paragraphs.get(first++);
        }
        int last = footerStart(paragraphs, first);
        // a dateline under the headline ("Tuesday, September 22, 2015") dates the article
        LocalDate dateline = first < paragraphs.size() && DATELINE.matcher(paragraphs.get(first)).matches()
                ? dateIn(paragraphs.get(first)) : null;
        String publisher = null;
        for (String footer : paragraphs.subList(last, paragraphs.size())) {
            Matcher m = FOOTER_PUBLISHER.matcher(footer);
            if (publisher == null && m.find()) {
                publisher = m.group(1).strip();
            }
        }
        LocalDate captionDate = null;
        List<String> captions = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs.subList(first, last)) {
            if (CAPTION.matcher(p).find()) {
                captionDate = captionDate != null ? captionDate : dateIn(p);
                captions.add(p);
                continue;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(p);
        }
        if (body.isEmpty()) {
            throw new SourceException(sourceName, "no article text (only a headline, captions or boilerplate)");
        }
        ArticleMetadata metadata = new ArticleMetadata(headline, dateline != null ? dateline : captionDate, null, null,
                publisher, List.of(), "en", null);
        return new Article(sourceName, body.toString(), metadata, captions);
    }

    /** Blank-line separated blocks, each with its lines joined and inner whitespace kept. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String p = block.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean looksLikeHeadline(String p) {
        return p.length() <= HEADLINE_MAX && p.indexOf('\n') < 0 && !p.endsWith(".");
    }

    /** Index of the first footer paragraph, looked for only in the last part of the text. */
    private static int footerStart(List<String> paragraphs, int first) {
        int from = Math.max(first + 1, paragraphs.size() - 4);
        for (int i = from; i < paragraphs.size(); i++) {
            if (FOOTER.matcher(paragraphs.get(i)).find()) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private static LocalDate dateIn(String caption) {
        Matcher m = CAPTION_DATE.matcher(caption);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), MONTH_DAY_YEAR);
        } catch (DateTimeParseException e) {
            return null; // "February 30, 2020": a caption typo is no date, and no reason to refuse the article
        }
    }
}
