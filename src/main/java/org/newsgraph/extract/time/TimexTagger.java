package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds time expressions (dates, times, durations, sets; absolute, relative and fuzzy) and
 * normalizes them to TIMEX3 values against the publication date, with the grammar of
 * {@code lang/en/time/patterns.tsv}. Matches never cross a sentence; overlapping matches keep the
 * longest. Thread-safe.
 */
public final class TimexTagger {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final int CUE_WINDOW = 6;
    /** How many nouns up from a time expression its governing verb is looked for. */
    private static final int GOVERNOR_REACH = 3;
    private static final java.util.Set<String> NOUN_MODIFIERS = java.util.Set.of("compound", "amod", "nmod:poss");
    /** How far around a core word the patterns are tried: more than any expression reaches from its core word. */
    private static final int REACH = 60;
    private static final List<String> CORE_TABLES = List.of("month", "weekday", "unit", "plain-unit", "plural-unit",
            "part-of-day", "season", "frequency");

    private final TimeGrammar grammar;
    private final List<String> signals;
    private final java.util.Set<String> futureAuxiliaries = new java.util.HashSet<>();
    private final java.util.Set<String> pastSignals = new java.util.HashSet<>();
    private final java.util.Set<String> pastPlans = new java.util.HashSet<>();
    private final java.util.Set<String> core = new java.util.HashSet<>();
    /** For each ASCII character, the rules (in grammar order) whose matches can start with it. */
    private final int[][] byFirst = new int[128][];
    private final int[] everyRule;

    public TimexTagger() {
        this.grammar = TimeGrammar.english();
        this.signals = TimeGrammar.rows("signals.txt").stream().map(r -> r[0]).toList();
        TimeGrammar.rows("core-words.txt").forEach(r -> core.add(r[0]));
        TimeGrammar.rows("past-signals.txt").forEach(r -> pastSignals.add(r[0].toLowerCase(Locale.ROOT)));
        TimeGrammar.rows("past-plans.txt").forEach(r -> pastPlans.add(String.join(" ", r).toLowerCase(Locale.ROOT)));
        TimeGrammar.rows("future-auxiliaries.txt").forEach(r -> futureAuxiliaries.add(r[0].toLowerCase(Locale.ROOT)));
        for (String table : CORE_TABLES) {
            TimeGrammar.rows(table + ".tsv").forEach(r -> core.add(r[0].toLowerCase(Locale.ROOT).replace(".", "")));
        }
        List<TimeGrammar.Rule> rules = grammar.rules();
        everyRule = java.util.stream.IntStream.range(0, rules.size()).toArray();
        for (char c = 0; c < byFirst.length; c++) {
            char first = c;
            byFirst[c] = java.util.stream.IntStream.range(0, rules.size()).filter(r -> rules.get(r).first().contains(first)).toArray();
        }
    }

    /**
     * The stretches of {@code text[begin, end)} near a digit or a core word, merged: every
     * expression lies in one, and the patterns need not run over the rest (a long sentence
     * without any time word costs one tokenizing pass).
     */
    private List<int[]> windows(String text, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(begin, end);
        while (t.find()) {
            String w = t.group();
            boolean hit = false;
            for (int i = 0; i < w.length() && !hit; i++) {
                hit = Character.isDigit(w.charAt(i));
            }
            // "today's", "years'": the possessive is no part of the word the tables hold
            String lower = withoutPossessive(w.toLowerCase(Locale.ROOT));
            if (hit || core.contains(lower) || lower.endsWith("s") && core.contains(lower.substring(0, lower.length() - 1))) {
                int from = Math.max(begin, t.start() - REACH);
                int to = Math.min(end, t.end() + REACH);
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && from <= last[1]) {
                    last[1] = Math.max(last[1], to);
                } else {
                    out.add(new int[] {from, to});
                }
            }
        }
        return out;
    }

    /** The word without a final "'s" or "'" (every token of the text passes here: no regex). */
    private static String withoutPossessive(String w) {
        if (w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
    }

    private record Candidate(int begin, int end, int rule) {
    }

    /**
     * The time expressions of an annotated text, sentence by sentence; an expression that refers
     * to a period mentioned before ("a year earlier" after "the third quarter") is resolved against
     * the last such mention of the text.
     */
    public List<Timex> tag(AnnotatedText text, LocalDate published) {
        List<Timex> out = new ArrayList<>();
        Normalizer.Mentioned mentioned = new Normalizer.Mentioned();
        for (Sentence s : text.sentences()) {
            tag(text.text(), s.begin(), s.end(), s.tokens(), published, mentioned, out);
        }
        return out;
    }

    /** Adds the time expressions of {@code text[begin, end)} (one sentence, read on its own) to {@code out}. */
    public void tag(String text, int begin, int end, LocalDate published, List<Timex> out) {
        tag(text, begin, end, List.of(), published, new Normalizer.Mentioned(), out);
    }

    private void tag(String text, int begin, int end, List<Token> tokens, LocalDate published,
                     Normalizer.Mentioned mentioned, List<Timex> out) {
        List<Candidate> found = new ArrayList<>();
        List<TimeGrammar.Rule> rules = grammar.rules();
        Matcher[] matchers = new Matcher[rules.size()];
        for (int[] w : windows(text, begin, end)) {
            // what find() over the window gives, trying each pattern only where a match of it can start
            int[] resume = new int[rules.size()];
            for (int p = w[0]; p < w[1]; p++) {
                if (!TimeGrammar.mayStartAt(text, p)) {
                    continue;
                }
                char c = text.charAt(p);
                for (int r : c < byFirst.length ? byFirst[c] : everyRule) {
                    if (p < resume[r]) {
                        continue;
                    }
                    Matcher m = matchers[r];
                    if (m == null) {
                        m = rules.get(r).pattern().matcher(text).useTransparentBounds(true);
                        matchers[r] = m;
                    }
                    m.region(p, w[1]);
                    if (m.lookingAt() && m.end() > p) {
                        found.add(new Candidate(p, m.end(), r));
                        resume[r] = m.end();
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((Candidate c) -> c.begin() - c.end()).thenComparingInt(Candidate::rule));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            if (kept.stream().noneMatch(k -> k.begin() < c.end() && c.begin() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        for (Candidate c : kept) {
            boolean future = governedByFuture(tokens, c.begin(), c.end());
            Timex t = normalize(text, begin, end, c, rules.get(c.rule()), published, future, mentioned);
            if (t != null) {
                out.add(t);
            }
        }
    }

    /**
     * Whether the verb the expression {@code [begin, end)} attaches to (through at most a few nouns:
     * "a mission in December"; the first verb up decides) is future or to come: its auxiliary or marker is a word of
     * {@code future-auxiliaries.txt} ("will be named ... in December", "set to resume Monday").
     */
    private boolean governedByFuture(List<Token> tokens, int begin, int end) {
        int h = -1;
        for (Token t : tokens) {
            if (t.begin() >= begin && t.end() <= end && t.head() >= 0) {
                Token head = tokens.get(t.head());
                if (head.begin() < begin || head.end() > end) {
                    // "a June agreement": the time of the noun, not of the verb above it
                    h = NOUN_MODIFIERS.contains(t.deprel()) ? -1 : t.head();
                    break;
                }
            }
        }
        // up to the first verb (a tagger may call "double" in "will almost double" an adjective)
        for (int up = 0; h >= 0 && up < GOVERNOR_REACH; up++) {
            for (Token t : tokens) {
                if (t.head() == h && (t.deprel().startsWith("aux") || t.deprel().equals("mark"))
                        && futureAuxiliaries.contains(t.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if ("VERB".equals(tokens.get(h).pos())) {
                return false;
            }
            h = tokens.get(h).head();
        }
        return false;
    }

    private Timex normalize(String text, int sentenceBegin, int sentenceEnd, Candidate c, TimeGrammar.Rule rule,
                            LocalDate published, boolean governedFuture, Normalizer.Mentioned mentioned) {
        // the same match again, for its groups (a match result keeps no group names before Java 20)
        Matcher m = rule.pattern().matcher(text);
        m.region(c.begin(), sentenceEnd).useTransparentBounds(true);
        if (!m.lookingAt()) {
            throw new IllegalStateException("rule " + rule.id() + " does not match again at " + c.begin());
        }
        List<String> before = wordsBefore(text, sentenceBegin, c.begin());
        String signal = before.isEmpty() ? null : before.get(before.size() - 1).toLowerCase(Locale.ROOT);
        boolean future = !pastSignals.contains(signal) && !saysPastPlan(before)
                && (governedFuture || before.stream().anyMatch(w -> grammar.isFutureCue(w) || w.toLowerCase(Locale.ROOT).endsWith("'ll")));
        Normalizer n = new Normalizer(published, future, mentioned);
        Normalizer.Value v = n.apply(rule.function(), i -> argument(rule, m, rule.args().get(i)));
        if (v.mod() == null && rule.groupTables().containsKey("mod") && !rule.args().contains("mod")) {
            // a modifier the normalization does not take ("nearly three years"): only the mod
            v = new Normalizer.Value(v.value(), argument(rule, m, "mod"), v.from(), v.to());
        }
        return new Timex(c.begin(), c.end(), text.substring(c.begin(), c.end()), rule.type(), v.value(), v.mod(),
                v.from(), v.to(), signals.contains(signal) ? signal : null, rule.id());
    }

    /** Whether two words before the expression are a pair of {@code past-plans.txt} ("had been due to ..."). */
    private boolean saysPastPlan(List<String> before) {
        for (int i = 0; i + 1 < before.size(); i++) {
            if (pastPlans.contains((before.get(i) + " " + before.get(i + 1)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group's value (its table's value for the text, else the sum of its words' values, else the
     * text), a literal, or null for "-".
     */
    private String argument(TimeGrammar.Rule rule, Matcher m, String arg) {
        if (arg.equals("-")) {
            return null;
        }
        boolean isGroup = false;
        for (String name : arg.split("\\|")) {
            if (rule.groupTables().containsKey(name)) {
                isGroup = true;
                String text = m.group(name);
                if (text != null) {
                    List<String> tables = rule.groupTables().get(name);
                    for (String table : tables) {
                        String v = grammar.lookup(table, text);
                        if (v != null) {
                            return v;
                        }
                    }
                    String sum = grammar.sum(tables, text);
                    return sum != null ? sum : text;
                }
            }
        }
        return isGroup ? null : arg;
    }

    private static List<String> wordsBefore(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(Math.max(from, to - 60), to);
        while (w.find()) {
            words.add(w.group());
        }
        return words.size() > CUE_WINDOW ? words.subList(words.size() - CUE_WINDOW, words.size()) : words;
    }
}
