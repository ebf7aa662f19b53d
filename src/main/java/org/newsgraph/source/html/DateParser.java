package org.newsgraph.source.html;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them in metadata: ISO 8601 with or without time and offset
 * ("2019-11-20T10:00:00-05:00", "2019-11-20 10:00", "20191120"), RFC 1123
 * ("Wed, 20 Nov 2019 15:00:00 GMT"), and English month names ("November 20, 2019",
 * "20 Nov 2019"). The calendar date is the one written, in the publisher's own time zone:
 * converting to UTC would move late-evening articles to the next day.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s_]|Z)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T|\\d)");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    /** Years outside this range are typos or placeholders ("0001-01-01"), not publication dates. */
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    private DateParser() {
    }

    /** The date in {@code value}, or null when there is none or it is not a real date. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 200) {
            v = v.substring(0, 200);
        }
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_FIRST.matcher(v);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        m = DAY_FIRST.matcher(v);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        return null;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer exact = MONTHS.get(n.length() > 4 ? n.substring(0, 3) : n);
        if (exact == null) {
            return null;
        }
        // "Mayday" or "Marchers" are no month: the full name must be a prefix-free spelling
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        return full[exact - 1].startsWith(n) ? exact : null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
