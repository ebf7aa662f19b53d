package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The normalization functions the grammar's third column names: each turns the captured words
 * into a TIMEX3 value, relative to the publication date and to the direction the context gives
 * (news reports the past unless a cue such as "will" points forward).
 */
final class Normalizer {

    /** What a function returns: the value (null when it needs an unknown publication date), mod and a span's ends. */
    record Value(String value, String mod, String from, String to) {
        static Value of(String value) {
            return new Value(value, null, null, null);
        }
    }

    /** How far after publication a date without a year or a cue may lie before it is read as last year's. */
    private static final int FORWARD_DAYS = 90;

    /**
     * The periods a text has mentioned so far that later expressions may refer back to: the last
     * calendar quarter ("the third quarter"), which "a year earlier" and "the quarter" then mean.
     */
    static final class Mentioned {
        private String quarter;
        private String date;
    }

    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{4}(?:-\\d\\d){0,2}");

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");

    private final LocalDate dct;
    private final boolean future;
    private final Mentioned mentioned;

    /**
     * @param dct the publication date, or null
     * @param future whether the context points forward
     * @param mentioned what the text mentioned before, updated by the quarters this normalizes
     */
    Normalizer(LocalDate dct, boolean future, Mentioned mentioned) {
        this.dct = dct;
        this.future = future;
        this.mentioned = mentioned;
    }

    /**
     * Applies {@code function}; {@code arg} gives each argument's value (null for "-" or an
     * empty group).
     */
    Value apply(String function, IntFunction<String> arg) {
        Value v = calendar(function, arg);
        if (v.value() != null && CALENDAR.matcher(v.value()).matches() && !function.equals("following")) {
            mentioned.date = v.value();
        }
        return v;
    }

    private Value calendar(String function, IntFunction<String> arg) {
        return switch (function) {
            case "date" -> date(arg.apply(0), arg.apply(1), arg.apply(2));
            case "iso" -> Value.of(arg.apply(0));
            case "slash" -> slash(arg.apply(0));
            case "month" -> withMod(month(arg.apply(0), arg.apply(1)), arg.apply(2));
            case "monthspelled" -> month(arg.apply(0), spelledYear(arg.apply(1), arg.apply(2)));
            case "monthyear" -> dct == null ? Value.of(null)
                    : month(arg.apply(0), Integer.toString(dct.getYear() + Integer.parseInt(arg.apply(1))));
            case "relmonth" -> relMonth(Integer.parseInt(arg.apply(0)), Integer.parseInt(arg.apply(1)));
            case "year" -> withMod(Value.of(arg.apply(0)), arg.apply(1));
            case "span" -> span(arg.apply(0), arg.apply(1));
            case "decade" -> withMod(Value.of(arg.apply(0).substring(0, 3)), arg.apply(1));
            case "decade19" -> withMod(Value.of("19" + arg.apply(0).charAt(0)), arg.apply(1));
            case "season" -> Value.of(arg.apply(1) + "-" + arg.apply(0));
            case "relseason" -> relSeason(arg.apply(0), arg.apply(1));
            case "quarter" -> quarter(Integer.parseInt(arg.apply(0)), arg.apply(1));
            case "following" -> following(arg.apply(0));
            case "relquarter" -> dct == null ? Value.of(null)
                    : quarter(Integer.parseInt(arg.apply(0)), Integer.toString(dct.getYear() + Integer.parseInt(arg.apply(1))));
            case "reportedquarter" -> mentioned.quarter != null ? Value.of(mentioned.quarter) : reportedQuarter(0);
            case "yearagoquarter" -> mentioned.quarter != null ? Value.of(yearBefore(mentioned.quarter)) : reportedQuarter(1);
            case "yearago" -> mentioned.quarter != null ? Value.of(yearBefore(mentioned.quarter)) : ago("1", "Y");
            case "yearquarter" -> Value.of(mentioned.quarter == null ? arg.apply(0)
                    : arg.apply(0) + mentioned.quarter.substring(4));
            case "spelledyear" -> Value.of(spelledYear(arg.apply(0), arg.apply(1)));
            case "half" -> Value.of(arg.apply(1) + "-H" + (arg.apply(0).equals("1") ? 1 : 2));
            case "lit" -> Value.of(arg.apply(0));
            case "dct" -> dct == null ? Value.of(null) : Value.of(dct.plusDays(Integer.parseInt(arg.apply(0))).toString());
            case "dctpart" -> dct == null ? Value.of(null)
                    : Value.of(dct.plusDays(Integer.parseInt(arg.apply(0))) + "T" + arg.apply(1));
            case "weekday" -> weekday(Integer.parseInt(arg.apply(0)), arg.apply(1), arg.apply(2));
            case "rel" -> withMod(relative(arg.apply(0), arg.apply(1)), arg.apply(2));
            case "ago" -> ago(arg.apply(0), arg.apply(1));
            case "dur" -> Value.of(duration(arg.apply(0), arg.apply(1)));
            case "durhalf" -> Value.of(durationAndAHalf(arg.apply(0), arg.apply(1)));
            case "set" -> Value.of(set(arg.apply(0), arg.apply(1)));
            case "setweekday" -> Value.of("XXXX-WXX-" + arg.apply(0) + (arg.apply(1) == null ? "" : "T" + arg.apply(1)));
            case "setmonth" -> Value.of(String.format(Locale.ROOT, "XXXX-%02d", Integer.parseInt(arg.apply(0))));
            case "time" -> time(arg.apply(0), arg.apply(1), arg.apply(2));
            case "timeon" -> timeOn(arg.apply(0), arg.apply(1), arg.apply(2), Integer.parseInt(arg.apply(3)));
            case "clock" -> Value.of(day() + "T" + arg.apply(0));
            case "clockon" -> clockOn(arg.apply(0), weekday(Integer.parseInt(arg.apply(1)), null, null));
            case "timeondate" -> clockOn(time(arg.apply(0), arg.apply(1), arg.apply(2)).value(),
                    date(null, arg.apply(3), arg.apply(4)));
            default -> throw new IllegalStateException(TimeGrammar.BASE + "patterns.tsv: unknown normalization " + function);
        };
    }

    /**
     * "the following year" (month, day): the one after the date the text mentioned last, at that
     * unit, or after publication when the text has not mentioned one that precise.
     */
    private Value following(String unit) {
        String d = mentioned.date;
        int precision = switch (unit) {
            case "Y" -> 4;
            case "M" -> 7;
            case "D" -> 10;
            default -> Integer.MAX_VALUE;
        };
        if (d == null || d.length() < precision) {
            return relative(unit, "1");
        }
        return Value.of(switch (unit) {
            case "Y" -> Integer.toString(Integer.parseInt(d.substring(0, 4)) + 1);
            case "M" -> java.time.YearMonth.parse(d.substring(0, 7)).plusMonths(1).toString();
            default -> LocalDate.parse(d.substring(0, 10)).plusDays(1).toString();
        });
    }

    /** "nineteen ninety-six": the century's and the year's numbers. */
    private static String spelledYear(String century, String year) {
        return Integer.toString(Integer.parseInt(century) * 100 + Integer.parseInt(year));
    }

    /** A clock time ({@code 12:00}, or a value ending in one) on a day that {@code date} gives. */
    private static Value clockOn(String clock, Value date) {
        if (clock == null || date.value() == null) {
            return Value.of(null);
        }
        String c = clock.substring(clock.indexOf('T') + 1);
        return Value.of(date.value() + "T" + c);
    }

    private static Value withMod(Value v, String mod) {
        return mod == null ? v : new Value(v.value(), mod, v.from(), v.to());
    }

    private String day() {
        return dct == null ? "XXXX-XX-XX" : dct.toString();
    }

    private Value date(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (d > java.time.Month.of(m).maxLength()) {
            return Value.of(null);
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return d > java.time.Month.of(m).length(java.time.Year.isLeap(y)) ? Value.of(null)
                    : Value.of(LocalDate.of(y, m, d).toString());
        }
        if (dct == null) {
            return Value.of(String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d));
        }
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate c = LocalDate.of(y, m, Math.min(d, java.time.Month.of(m).length(java.time.Year.isLeap(y))));
            if (future ? !c.isBefore(dct) && best == null
                    : !c.isAfter(dct.plusDays(FORWARD_DAYS)) && (best == null || c.isAfter(best))) {
                best = c;
            }
        }
        return Value.of(best.toString());
    }

    private static Value slash(String text) {
        String[] p = text.split("/");
        int y = Integer.parseInt(p[2]);
        if (p[2].length() == 2) {
            y += y < 30 ? 2000 : 1900;
        }
        int m = Integer.parseInt(p[0]);
        int d = Integer.parseInt(p[1]);
        return d > java.time.Month.of(m).length(java.time.Year.isLeap(y)) ? Value.of(null)
                : Value.of(LocalDate.of(y, m, d).toString());
    }

    private Value month(String month, String year) {
        int m = Integer.parseInt(month);
        if (year != null) {
            return Value.of(String.format(Locale.ROOT, "%s-%02d", year, m));
        }
        if (dct == null) {
            return Value.of(String.format(Locale.ROOT, "XXXX-%02d", m));
        }
        int y = dct.getYear();
        int now = dct.getMonthValue();
        int ahead = Math.floorMod(m - now, 12);
        if (future && m < now || !future && m < now && ahead <= FORWARD_DAYS / 30) {
            y++; // "in January" written in November: the coming one
        } else if (!future && m > now && ahead > FORWARD_DAYS / 30) {
            y--;
        }
        return Value.of(String.format(Locale.ROOT, "%d-%02d", y, m));
    }

    /** "last November": the latest one before the publication month; "next March": the first one after it. */
    private Value relMonth(int month, int shift) {
        if (dct == null) {
            return Value.of(String.format(Locale.ROOT, "XXXX-%02d", month));
        }
        int now = dct.getMonthValue();
        int y = dct.getYear() + (shift < 0 ? (month >= now ? -1 : 0) : shift > 0 ? (month <= now ? 1 : 0) : 0);
        return Value.of(String.format(Locale.ROOT, "%d-%02d", y, month));
    }

    private static Value span(String first, String last) {
        String end = last.length() == 2 ? first.substring(0, 2) + last : last;
        int years = Integer.parseInt(end) - Integer.parseInt(first);
        return years <= 0 ? Value.of(null) : new Value("P" + years + "Y", null, first, end);
    }

    private Value relSeason(String season, String shift) {
        if (dct == null) {
            return Value.of(null);
        }
        return Value.of((dct.getYear() + (shift == null ? 0 : Integer.parseInt(shift))) + "-" + season);
    }

    private Value quarter(int q, String year) {
        if ("this".equals(year)) {
            return mention(Value.of(dct == null ? "XXXX-Q" + q : dct.getYear() + "-Q" + q));
        }
        if (year != null) {
            return Value.of(year + "-Q" + q);
        }
        if (dct == null) {
            return Value.of("XXXX-Q" + q);
        }
        int now = dct.get(IsoFields.QUARTER_OF_YEAR);
        // "will report third-quarter results" in October: the quarter just ended, not next year's
        int y = dct.getYear() + (future && now - q >= 2 ? 1 : !future && q > now ? -1 : 0);
        return mention(Value.of(y + "-Q" + q));
    }

    /**
     * Records a quarter named without its year ("the third quarter": the one reported) as the one
     * later expressions refer back to; "the 1988 third quarter" is itself the comparison.
     */
    private Value mention(Value quarter) {
        String v = quarter.value();
        if (v != null && QUARTER.matcher(v).matches() && (dct == null || !quarterEnd(v).isAfter(dct))) {
            mentioned.quarter = v; // a quarter still running ("a fourth-quarter charge") is no reported one
        }
        return quarter;
    }

    private static LocalDate quarterEnd(String quarter) {
        int q = quarter.charAt(6) - '0';
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), 3 * q, 1).plusMonths(1).minusDays(1);
    }

    private static String yearBefore(String quarter) {
        return (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
    }

    /** The last quarter reported before publication (the one before the current), {@code yearsBack} years earlier. */
    private Value reportedQuarter(int yearsBack) {
        if (dct == null) {
            return Value.of(null);
        }
        LocalDate d = dct.minusMonths(3).minusYears(yearsBack);
        return Value.of(d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR));
    }

    private Value weekday(int day, String part, String shift) {
        String suffix = part == null ? "" : "T" + part;
        if (dct == null) {
            return Value.of("XXXX-WXX-" + day + suffix);
        }
        DayOfWeek w = DayOfWeek.of(day);
        LocalDate d;
        if (shift == null) {
            d = dct.with(future ? TemporalAdjusters.nextOrSame(w) : TemporalAdjusters.previousOrSame(w));
        } else {
            int s = Integer.parseInt(shift);
            d = s < 0 ? dct.with(TemporalAdjusters.previous(w)) : s > 0 ? dct.with(TemporalAdjusters.next(w))
                    : dct.with(w);
        }
        return Value.of(d + suffix);
    }

    private Value relative(String unit, String shift) {
        if (dct == null) {
            return Value.of(null);
        }
        int s;
        if (shift != null) {
            s = Integer.parseInt(shift);
        } else {
            // "the weekend": the coming one when the context looks forward, else the one just past
            s = future || dct.getDayOfWeek().getValue() >= 6 ? 0 : -1;
        }
        return Value.of(at(unit, s));
    }

    /** The publication date moved {@code n} units, written at the unit's precision. */
    private String at(String unit, int n) {
        return switch (unit) {
            case "Y" -> Integer.toString(dct.getYear() + n);
            case "M" -> dct.plusMonths(n).toString().substring(0, 7);
            case "W" -> week(dct.plusWeeks(n));
            case "WE" -> week(dct.plusWeeks(n)) + "-WE";
            case "DE" -> Integer.toString(dct.getYear() + 10 * n).substring(0, 3);
            case "CE" -> Integer.toString(dct.getYear() + 100 * n).substring(0, 2);
            case "Q" -> {
                LocalDate d = dct.plusMonths(3L * n);
                yield d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            }
            default -> dct.plusDays(n).toString();
        };
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Value ago(String amount, String unit) {
        if (amount.equals("X")) {
            return Value.of("PAST_REF");
        }
        if (dct == null || !amount.matches("\\d+")) {
            return Value.of(null);
        }
        int n = Integer.parseInt(amount);
        return Value.of(switch (unit) {
            case "H", "MIN", "S" -> dct.toString();
            default -> at(unit, -n);
        });
    }

    private static String duration(String amount, String unit) {
        String n = amount.endsWith(".0") ? amount.substring(0, amount.length() - 2) : amount;
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
    }

    /** "two and a half years", "a minute and a half": the half as the next smaller unit (P2Y6M, PT1M30S). */
    private static String durationAndAHalf(String amount, String unit) {
        double n = Double.parseDouble(amount);
        if (n != Math.floor(n)) {
            return duration(amount, unit);
        }
        long whole = (long) n;
        return switch (unit) {
            case "CE" -> "P" + (whole * 100 + 50) + "Y";
            case "DE" -> "P" + (whole * 10 + 5) + "Y";
            case "Y" -> "P" + whole + "Y6M";
            case "M" -> "P" + whole + "M15D";
            case "D" -> "P" + whole + "DT12H";
            case "H" -> "PT" + whole + "H30M";
            case "MIN" -> "PT" + whole + "M30S";
            case "S" -> "PT" + whole + ".5S";
            default -> "P" + whole + ".5" + unit;
        };
    }

    private static String set(String amount, String unit) {
        return switch (unit) {
            case "MO", "AF", "EV", "NI" -> "XXXX-XX-XXT" + unit;
            default -> duration(amount, unit);
        };
    }

    /** A clock time on a weekday ("9 a.m. Tuesday"): that day's date, as {@link #weekday} finds it. */
    private Value timeOn(String hour, String minute, String ampm, int day) {
        Value t = time(hour, minute, ampm);
        Value d = weekday(day, null, null);
        if (t.value() == null || d.value() == null || d.value().startsWith("X")) {
            return t;
        }
        return Value.of(d.value() + t.value().substring(t.value().indexOf('T')));
    }

    private Value time(String hour, String minute, String ampm) {
        if (!hour.matches("\\d+")) {
            return Value.of(null);
        }
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h > 24) {
            return Value.of(null);
        }
        return Value.of(String.format(Locale.ROOT, "%sT%02d:%s", day(), h, minute == null ? "00" : minute));
    }
}
