package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.time.Timex;

/**
 * A temporal expression in the text with its TIMEX3 type and value and, where it is a calendar
 * date or period, its start and end: a point ("June 20": start only), a period ("2023-W25",
 * "the 1990s": start and end), a span ("1980-88") or an open span ("since 2016": start,
 * {@code ongoing}).
 *
 * @param begin UTF-16 offset of the expression in the text
 * @param end UTF-16 offset after it
 * @param type the TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value the TIMEX3 value, or null when it needs an unknown publication date
 * @param until the end of a period or span, or null
 */
public record TimeExpression(int begin, int end, String text, int sentence, String type, String value,
                             TimeValue start, TimeValue until, boolean ongoing) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-([QH])(\\d)");

    /** The expression of a tagged time in sentence {@code sentence}. */
    public static TimeExpression of(Timex t, int sentence) {
        TimeValue start;
        TimeValue until = null;
        if (t.from() != null) {
            start = new TimeValue(t.from(), TimeValue.Precision.YEAR);
            until = new TimeValue(t.to(), TimeValue.Precision.YEAR);
        } else {
            TimeValue[] period = period(t.value());
            start = period == null ? new TimeValue(t.text(), TimeValue.Precision.UNRESOLVED) : period[0];
            until = period == null ? null : period[1];
        }
        return new TimeExpression(t.begin(), t.end(), t.text(), sentence, t.type().name(), t.value(), start, until,
                "since".equals(t.signal()));
    }

    /** Whether it can be an event's time: a date, a time of day or a span between two years. */
    public boolean anchorsEvents() {
        return type.equals("DATE") || type.equals("TIME") || type.equals("DURATION") && until != null;
    }

    /** The calendar start and end (null for a single point) of a TIMEX3 value, or null when it is none. */
    private static TimeValue[] period(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{4}-\\d\\d-\\d\\d(T.*)?")) {
            return new TimeValue[] {day(LocalDate.parse(value.substring(0, 10))), null};
        }
        if (value.matches("\\d{4}-\\d\\d")) {
            return new TimeValue[] {new TimeValue(value, TimeValue.Precision.MONTH), null};
        }
        if (value.matches("\\d{4}")) {
            return new TimeValue[] {new TimeValue(value, TimeValue.Precision.YEAR), null};
        }
        if (value.matches("\\d{3}")) {
            return new TimeValue[] {year(value + "0"), year(value + "9")};
        }
        Matcher w = WEEK.matcher(value);
        if (w.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TimeValue[] {day(w.group(3) == null ? monday : monday.plusDays(5)), day(monday.plusDays(6))};
        }
        Matcher p = PART.matcher(value);
        if (p.matches()) {
            int months = p.group(2).equals("Q") ? 3 : 6;
            int n = Integer.parseInt(p.group(3));
            if (n < 1 || n > 12 / months) {
                return null;
            }
            YearMonth first = YearMonth.of(Integer.parseInt(p.group(1)), (n - 1) * months + 1);
            return new TimeValue[] {month(first), month(first.plusMonths(months - 1))};
        }
        return null;
    }

    private static TimeValue day(LocalDate d) {
        return new TimeValue(d.toString(), TimeValue.Precision.DAY);
    }

    private static TimeValue month(YearMonth m) {
        return new TimeValue(m.toString(), TimeValue.Precision.MONTH);
    }

    private static TimeValue year(String y) {
        return new TimeValue(y, TimeValue.Precision.YEAR);
    }
}
