package org.newsgraph.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time-expression grammar of {@code lang/en/time/}: word tables (word to value), regular
 * expression macros, and the pattern lines of {@code patterns.tsv}, each compiled once.
 */
final class TimeGrammar {

    static final String BASE = "/org/newsgraph/lang/en/time/";
    /** The most whitespace characters a space of a pattern stands for inside a look-behind. */
    static final int BEHIND_SPACE = 4;

    /**
     * One grammar line: its id, type, normalization call and compiled pattern; groups name their
     * tables; {@code first} holds the characters a match can start with.
     */
    record Rule(String id, TimexType type, String function, List<String> args, Pattern pattern,
                Map<String, List<String>> groupTables, FirstChars first) {
    }

    private final Map<String, Map<String, String>> tables = new HashMap<>();
    private final Map<String, String> macros = new HashMap<>();
    private final Set<String> caseSensitive = new LinkedHashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> futureCues;

    private TimeGrammar() {
        for (String[] row : rows("macros.tsv")) {
            macros.put(row[0], row[1]);
        }
        for (String[] row : rows("patterns.tsv")) {
            if (row.length != 4) {
                throw new IllegalStateException(BASE + "patterns.tsv: expected 4 tab-separated fields: " + String.join("|", row));
            }
            rules.add(compile(row));
        }
        futureCues = rows("future-cues.txt").stream().map(r -> r[0].toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static final class Holder {
        static final TimeGrammar INSTANCE = new TimeGrammar();
    }

    /** The bundled English grammar, loaded once. */
    static TimeGrammar english() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a match may start at {@code p} of {@code text}: false only where the look-behind that
     * opens every pattern ({@link #compile}) fails for sure, after a letter, a digit or a currency sign.
     */
    static boolean mayStartAt(CharSequence text, int p) {
        if (p == 0) {
            return true;
        }
        char c = text.charAt(p - 1);
        if (Character.isSurrogate(c)) {
            return true; // the pattern itself decides
        }
        int type = Character.getType(c);
        return !(Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || c == '$' || c == '£' || c == '€');
    }

    List<Rule> rules() {
        return rules;
    }

    boolean isFutureCue(String word) {
        return futureCues.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The value a table gives a word, or null. */
    String lookup(String table, String word) {
        Map<String, String> t = table(table);
        String key = caseSensitive.contains(table) ? word : word.toLowerCase(Locale.ROOT);
        return t.get(key.replaceAll("\\s+", " "));
    }

    /**
     * The sum of the whole-number values {@code tables} give each word of a compound ("twenty
     * four", "twenty-four": 24), or null when it is one word or a word has no such value.
     */
    String sum(List<String> tables, String text) {
        String[] words = text.split("[\\s-]+");
        if (words.length < 2) {
            return null;
        }
        int total = 0;
        for (String w : words) {
            String v = null;
            for (int i = 0; i < tables.size() && v == null; i++) {
                v = lookup(tables.get(i), w);
            }
            if (v == null || !v.matches("\\d+")) {
                return null;
            }
            total += Integer.parseInt(v);
        }
        return Integer.toString(total);
    }

    private Rule compile(String[] row) {
        String[] call = row[2].trim().split("\\s+");
        Map<String, List<String>> groupTables = new HashMap<>();
        String regex = expand(row[3], groupTables, new ArrayList<>());
        String bounded = "(?<![\\p{L}\\p{N}$£€])(?:" + regex + ")(?![\\p{L}\\p{N}]|[.,]\\d|%)";
        try {
            return new Rule(row[0], TimexType.valueOf(row[1]), call[0], List.of(call).subList(1, call.length),
                    Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), groupTables,
                    FirstChars.of(bounded));
        } catch (RuntimeException e) {
            throw new IllegalStateException(BASE + "patterns.tsv: line " + row[0] + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces {@code <NAME>} and {@code <g:NAME>} by their regular expressions; a space matches any
     * run of whitespace, and in a look-behind a run of at most {@link #BEHIND_SPACE} characters:
     * Java tries a look-behind from every position its longest match could start at, so an
     * unbounded one ({@code \s+}) tries every position back to the start of the text, at every
     * position the pattern is tried.
     */
    private String expand(String pattern, Map<String, List<String>> groupTables, List<String> outerTables) {
        return expand(pattern, groupTables, outerTables, false);
    }

    private String expand(String pattern, Map<String, List<String>> groupTables, List<String> outerTables, boolean behind) {
        StringBuilder out = new StringBuilder();
        // for each open group, whether a look-behind is open at or above it
        ArrayDeque<Boolean> groups = new ArrayDeque<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            boolean inBehind = groups.isEmpty() ? behind : groups.peek();
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '[') {
                // a class is copied whole (its parentheses are characters); a space in it is one whitespace character
                int close = FirstChars.classEnd(pattern, i);
                if (close < 0) {
                    throw new IllegalStateException("unclosed character class in " + pattern);
                }
                out.append(pattern.substring(i, close + 1).replace(" ", "\\s"));
                i = close + 1;
                continue;
            }
            if (c == '(') {
                groups.push(inBehind || pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i));
            } else if (c == ')' && !groups.isEmpty()) {
                groups.pop();
            }
            boolean reference = c == '<' && !(i >= 2 && pattern.startsWith("(?", i - 2))
                    && !(i >= 3 && pattern.startsWith("(?<", i - 3));
            if (reference) {
                int close = pattern.indexOf('>', i);
                String inner = pattern.substring(i + 1, close);
                int colon = inner.indexOf(':');
                String group = colon > 0 && inner.substring(0, colon).matches("\\w+") ? inner.substring(0, colon) : null;
                String name = group == null ? inner : inner.substring(colon + 1);
                List<String> used = group == null ? outerTables : new ArrayList<>();
                String body = resolve(name, used, groupTables, inBehind);
                out.append(group == null ? "(?:" : "(?<" + group + ">").append(body).append(')');
                if (group != null) {
                    groupTables.put(group, used);
                }
                i = close + 1;
            } else if (c == ' ') {
                out.append(inBehind ? "\\s{1," + BEHIND_SPACE + "}" : "\\s+");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String resolve(String name, List<String> used, Map<String, List<String>> groupTables, boolean behind) {
        if (macros.containsKey(name)) {
            return expand(macros.get(name), groupTables, used, behind);
        }
        if (name.matches("[a-z][a-z-]*") && resourceExists(name)) {
            used.add(name);
            Map<String, String> t = table(name);
            String alternatives = t.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
            return caseSensitive.contains(name) ? "(?-i:" + alternatives + ")" : alternatives;
        }
        return name;
    }

    private Map<String, String> table(String name) {
        return tables.computeIfAbsent(name, n -> {
            Map<String, String> t = new HashMap<>();
            String text = resource(n + ".tsv");
            if (text.lines().anyMatch(l -> l.strip().equals("#! case-sensitive"))) {
                caseSensitive.add(n);
            }
            for (String[] row : parse(n + ".tsv", text)) {
                if (row.length != 2) {
                    throw new IllegalStateException(BASE + n + ".tsv: expected word<TAB>value: " + String.join("|", row));
                }
                t.put(caseSensitive.contains(n) ? row[0] : row[0].toLowerCase(Locale.ROOT), row[1]);
            }
            return t;
        });
    }

    private static boolean resourceExists(String table) {
        return TimeGrammar.class.getResource(BASE + table + ".tsv") != null;
    }

    static List<String[]> rows(String file) {
        return parse(file, resource(file));
    }

    private static List<String[]> parse(String file, String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.stripTrailing();
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.split("\t"));
            }
        }
        return out;
    }

    static String resource(String file) {
        try (InputStream in = TimeGrammar.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
    }
}
