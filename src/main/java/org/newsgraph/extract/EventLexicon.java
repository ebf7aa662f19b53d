package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Trigger words of the event taxonomy: verbs in all their forms and event nouns. Some verbs only
 * trigger with a security-force agent ("police entered the camp"; "prices entered a new range"
 * is no raid); they are marked as needing one.
 */
final class EventLexicon {

    /** What a word triggers. */
    record Entry(EventType type, boolean verbal, boolean needsForce) {
    }

    private final Map<String, Entry> forms = new HashMap<>();

    EventLexicon() {
        verbs(EventType.RAID, false, "storm", "raid");
        verbs(EventType.RAID, true, "enter", "search");
        verbs(EventType.SEIZURE, false, "seize", "confiscate", "impound");
        verbs(EventType.ARREST, false, "arrest", "detain");
        verbs(EventType.REPRESSION, false, "quell", "suppress", "crush");
        verbs(EventType.KILLING, false, "kill", "assassinate", "murder", "execute");
        verbs(EventType.INJURY, false, "injure", "wound");
        verbs(EventType.ATTACK, false, "attack", "bomb", "shell", "fire");
        verbs(EventType.DEPLOYMENT, false, "deploy");
        verbs(EventType.HOSTING, false, "host", "accommodate", "shelter", "harbor", "harbour");
        verbs(EventType.ARMING, false, "arm");
        verbs(EventType.SUPPORT, false, "side", "support", "fund", "back");
        verbs(EventType.DESIGNATION, false, "list", "designate", "blacklist", "proscribe", "ban");
        verbs(EventType.DELISTING, false, "delist", "unban");
        verbs(EventType.REJECTION, false, "shun", "reject", "expel");
        verbs(EventType.MEETING, false, "meet");
        verbs(EventType.ELECTION, false, "elect");
        verbs(EventType.PROTEST, false, "protest");
        nouns(EventType.RAID, "raid", "raids", "incursion", "crackdown", "storming");
        nouns(EventType.SEIZURE, "seizure");
        nouns(EventType.ARREST, "arrest", "arrests");
        nouns(EventType.KILLING, "killing", "killings", "assassination", "murder");
        nouns(EventType.INJURY, "injury", "injuries");
        nouns(EventType.ATTACK, "attack", "attacks", "cyber-attack", "cyber-attacks", "cyberattack", "cyberattacks",
                "bombing", "bombings", "assault", "strike", "strikes");
        nouns(EventType.WAR, "war", "wars", "fighting");
        nouns(EventType.MILITARY_OPERATION, "operation", "operations", "offensive", "incident");
        nouns(EventType.CONFERENCE, "conference", "conferences", "summit", "rally", "rallies", "convention");
        nouns(EventType.MEETING, "meeting", "meetings", "talks");
        nouns(EventType.PROTEST, "protests", "demonstration", "demonstrations", "uprising", "uprisings");
        nouns(EventType.ELECTION, "election", "elections");
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
            Entry other = forms.get(word.toLowerCase(Locale.ROOT) + (verbal ? "#v" : "#n"));
            return other;
        }
        return e;
    }

    private void verbs(EventType type, boolean needsForce, String... bases) {
        for (String b : bases) {
            for (String f : inflections(b)) {
                put(f, new Entry(type, true, needsForce));
            }
        }
    }

    private void nouns(EventType type, String... words) {
        for (String w : words) {
            put(w, new Entry(type, false, false));
        }
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

    /** Regular English verb forms, with the irregular ones this lexicon needs. */
    static String[] inflections(String base) {
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
        return switch (base) {
            case "meet" -> new String[]{base, third, "met", ing};
            case "shell" -> new String[]{base, third, "shelled", "shelling"};
            default -> new String[]{base, third, past, ing};
        };
    }
}
