package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event-frame table {@code events.tsv} of a lexicon: event types with their trigger verbs
 * (in all their forms) and nouns. Some verbs trigger only with a security-force agent ("police
 * entered the camp"; "prices entered a new range" is no raid); they are marked as needing one.
 */
final class EventFrames {

    private static final EventFrames ENGLISH = new EventFrames(Lexicon.english());

    /** What a word triggers. */
    record Entry(EventType type, boolean verbal, boolean needsForce) {
    }

    private final Map<String, EventType> types;
    private final Map<String, Entry> forms = new HashMap<>();

    EventFrames(Lexicon lexicon) {
        List<EventType> list = new ArrayList<>();
        List<String[]> rows = lexicon.table("events.tsv");
        for (String[] r : rows) {
            if (r.length < 5) {
                throw new IllegalArgumentException("events.tsv: row " + String.join(" | ", r) + ": needs 5 tab-separated columns");
            }
            Set<String> behaviours = r[4].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(r[4].split(",")));
            list.add(new EventType(r[0], r[1].equals("-") ? null : r[1], behaviours));
        }
        this.types = EventType.index(list);
        // all verbs before all nouns: where a form is both, each reading is kept ("attack", "raids")
        for (int k = 0; k < rows.size(); k++) {
            for (String v : words(rows.get(k)[2])) {
                boolean force = v.endsWith("!");
                String base = force ? v.substring(0, v.length() - 1) : v;
                for (String f : inflections(base)) {
                    put(f, new Entry(list.get(k), true, force));
                }
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            for (String n : words(rows.get(k)[3])) {
                put(n, new Entry(list.get(k), false, false));
            }
        }
    }

    static EventFrames english() {
        return ENGLISH;
    }

    Map<String, EventType> types() {
        return types;
    }

    /** The first type with this behaviour (e.g. the one taking a group off a list), or null. */
    EventType withBehaviour(String behaviour) {
        return types.values().stream().filter(t -> t.has(behaviour)).findFirst().orElse(null);
    }

    /** The entry for a word with its part of speech, or null. */
    Entry lookup(String word, String pos) {
        Entry e = forms.get(word.toLowerCase(Locale.ROOT));
        if (e == null) {
            return null;
        }
        boolean verbal = pos.equals("VERB") || pos.equals("ADJ") && word.endsWith("ed");
        if (e.verbal() != verbal) {
            // "attack" the noun and "attack" the verb: look the other reading up
            return forms.get(word.toLowerCase(Locale.ROOT) + (verbal ? "#v" : "#n"));
        }
        return e;
    }

    private static List<String> words(String column) {
        return column.equals("-") ? List.of() : Arrays.asList(column.split(" "));
    }

    /** Keeps both readings of a word that is a verb form and a noun ("attack", "raids"). */
    private void put(String form, Entry e) {
        Entry old = forms.get(form);
        if (old == null) {
            forms.put(form, e);
        } else if (old.verbal() != e.verbal()) {
            forms.put(form + (e.verbal() ? "#v" : "#n"), e);
        }
    }

    /** Regular English verb forms; "meet:met" gives an irregular past. */
    static String[] inflections(String verb) {
        int colon = verb.indexOf(':');
        String base = colon < 0 ? verb : verb.substring(0, colon);
        String past;
        String ing;
        if (base.endsWith("e")) {
            past = base + "d";
            ing = base.substring(0, base.length() - 1) + "ing";
        } else if (base.matches(".*[^aeiou][aeiou][bdgmnpt]") && !base.matches(".*(en|er|on|et)")) {
            char last = base.charAt(base.length() - 1);
            past = base + last + "ed";
            ing = base + last + "ing";
        } else {
            past = base + "ed";
            ing = base + "ing";
        }
        String third = base.matches(".*(s|sh|ch|x)") ? base + "es" : base + "s";
        if (base.matches(".*[^aeiou]y")) {
            // "rally": "rallies", "rallied"
            String stem = base.substring(0, base.length() - 1);
            third = stem + "ies";
            past = stem + "ied";
        }
        return new String[]{base, third, colon < 0 ? past : verb.substring(colon + 1), ing};
    }
}
