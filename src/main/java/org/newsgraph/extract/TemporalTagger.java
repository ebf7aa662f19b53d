package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;

/**
 * Finds dates and normalizes them against the publication date: "Thursday" is the last Thursday
 * on or before it, "June 20" takes its year (the year before when that would be in the future),
 * "July 1988" is a month, "1980-88" a span of years, "since 2016" an open span. Without a
 * publication date, relative expressions stay unresolved rather than guessed.
 *
 * <p>The interim "times" component: the complete tagger of {@code org.newsgraph.extract.time}
 * replaces it by registering a component of the same name that adds {@link Layer#TIMES}.
 */
public final class TemporalTagger implements Component {

    private final Pattern pattern;
    /** "yesterday" → -1: relative day words and their offsets. */
    private final java.util.Map<String, Integer> relativeDays = new java.util.HashMap<>();

    /** The tagger with the bundled English lexicon. */
    public TemporalTagger() {
        this(Lexicon.english());
    }

    public TemporalTagger(Lexicon lexicon) {
        String months = lexicon.alternation("months");
        String days = lexicon.alternation("weekdays");
        String yearPrepositions = lexicon.alternation("year-prepositions");
        for (String[] row : lexicon.table("relative-days.tsv")) {
            relativeDays.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1].strip()));
        }
        String relative = relativeDays.isEmpty() ? "(?!)" : String.join("|", relativeDays.keySet());
        this.pattern = Pattern.compile(
                "\\b(?:(?<since>[Ss]ince) )?(?:"
                        + "(?<md>(?<m1>" + months + ") (?<d1>\\d{1,2})(?!\\d)" + lexicon.alternation("ordinal-suffixes") + "?(?:, (?<y1>\\d{4}))?)"
                        + "|(?<dm>(?<d2>\\d{1,2}) (?<m2>" + months + ")(?: (?<y2>\\d{4}))?)"
                        + "|(?<my>(?<m3>" + months + ") (?<y3>\\d{4}))"
                        + "|(?<span>(?<ys>1[5-9]\\d\\d|20\\d\\d)[-–](?<ye>\\d{2}|\\d{4}))\\b"
                        + "|(?<wd>" + days + ")"
                        + "|(?<rel>" + relative + ")"
                        + "|(?<year>(?<=\\b(?:" + yearPrepositions + ") )(?:1[5-9]\\d\\d|20\\d\\d))\\b"
                        + ")");
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public void process(Document doc) {
        doc.add(Layer.TIMES, tag(doc.annotated(), doc.annotated().article().metadata().datePublished()));
    }

    /** The time expressions of the text, resolved against {@code published} (may be null). */
    public List<TimeExpression> tag(AnnotatedText text, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = pattern.matcher(s.text());
            while (m.find()) {
                TimeExpression t = expression(s, m, published);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private TimeExpression expression(Sentence s, Matcher m, LocalDate published) {
        int begin = s.begin() + m.start();
        int end = s.begin() + m.end();
        String text = m.group();
        boolean since = m.group("since") != null;
        TimeValue value;
        TimeValue until = null;
        if (m.group("md") != null || m.group("dm") != null) {
            boolean md = m.group("md") != null;
            Month month = month(md ? m.group("m1") : m.group("m2"));
            int day = Integer.parseInt(md ? m.group("d1") : m.group("d2"));
            String year = md ? m.group("y1") : m.group("y2");
            value = dayOf(month, day, year, published);
        } else if (m.group("my") != null) {
            Month month = month(m.group("m3"));
            value = new TimeValue(String.format(Locale.ROOT, "%s-%02d", m.group("y3"), month.getValue()), TimeValue.Precision.MONTH);
        } else if (m.group("span") != null) {
            String ys = m.group("ys");
            String ye = m.group("ye");
            String endYear = ye.length() == 2 ? ys.substring(0, 2) + ye : ye;
            if (endYear.compareTo(ys) <= 0) {
                return null;
            }
            value = new TimeValue(ys, TimeValue.Precision.YEAR);
            until = new TimeValue(endYear, TimeValue.Precision.YEAR);
        } else if (m.group("wd") != null) {
            value = published == null ? unresolved(m.group("wd"))
                    : date(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)))));
        } else if (m.group("rel") != null) {
            int offset = relativeDays.get(m.group("rel").toLowerCase(Locale.ROOT));
            value = published == null ? unresolved(m.group("rel")) : date(published.plusDays(offset));
        } else {
            value = new TimeValue(m.group("year"), TimeValue.Precision.YEAR);
        }
        return new TimeExpression(begin, end, text, s.index(), value, until, since);
    }

    /** A month and day; the year from the text, else from the publication date (never the future). */
    private static TimeValue dayOf(Month month, int day, String year, LocalDate published) {
        if (day < 1 || day > month.maxLength()) {
            return unresolved(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day);
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return day > month.length(java.time.Year.isLeap(y)) ? unresolved(year) : date(LocalDate.of(y, month, day));
        }
        if (published == null) {
            return unresolved(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day);
        }
        LocalDate d = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        // news reports the past: a date far after publication meant last year
        return date(d.isAfter(published.plusDays(31)) ? d.minusYears(1) : d);
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static TimeValue date(LocalDate d) {
        return new TimeValue(d.toString(), TimeValue.Precision.DAY);
    }

    private static TimeValue unresolved(String text) {
        return new TimeValue(text, TimeValue.Precision.UNRESOLVED);
    }
}
