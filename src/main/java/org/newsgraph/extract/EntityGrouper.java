package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.KnownOrganization;

/**
 * Groups an article's mentions into entities: the same name; a surname or given name for the
 * full name of a person mentioned elsewhere in the text; an acronym for the name it abbreviates
 * (defined in parentheses or by initials); spelling variants that differ only in hyphens,
 * particles and case ("Mujahedin-e-Khalq" and "Mujahedin Khalq"); known aliases of one country or
 * organization in the gazetteer ("US", "U.S." and "United States"; "DPRK" and "North Korea").
 * Mentions are grouped by the graph type of the entity they name ({@link Mention#entityType()}),
 * so a country in the organization role is still the same place. The label is the canonical
 * gazetteer name when the text uses it, else the fullest name; the key is made from the canonical
 * name when there is one, so that every article's "US" and "United States" is one node.
 */
public final class EntityGrouper implements Component {

    private final Gazetteer gazetteer;
    /** Particles and function words that spelling variants of one name differ in. */
    private final Pattern particle;

    /** A grouper with the bundled gazetteer as its canonicalizer and the English lexicon. */
    public EntityGrouper() {
        this(Gazetteer.load(), Lexicon.english());
    }

    public EntityGrouper(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.particle = Pattern.compile("(?i)\\b(" + lexicon.alternation("name-particles-grouping") + ")\\b");
    }

    @Override
    public String name() {
        return "grouper";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public void process(Document doc) {
        doc.add(Layer.ENTITIES, group(doc.annotated(), doc.get(Layer.MENTIONS)));
    }

    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\G\\s*\\(([\\p{Lu}][\\p{Lu}\\p{N}.&-]{1,9})\\)");
    /** Characters after a name in which "(ACRONYM)" is looked for: some spaces, the parentheses, ten letters. */
    private static final int ACRONYM_REACH = 40;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Groups {@code mentions} (text order) of {@code text}. */
    public List<Entity> group(AnnotatedText text, List<Mention> mentions) {
        String doc = text.text();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byVariant = new LinkedHashMap<>();
        Map<String, String> acronyms = definedAcronyms(doc, mentions);
        Map<String, List<Group>> byPart = new HashMap<>();
        // full names first, so that a bare surname before the full name still finds it
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort((a, b) -> Integer.compare(words(b.name(doc)).length, words(a.name(doc)).length));
        for (Mention m : ordered) {
            String name = m.name(doc);
            String canonical = canonical(m.entityType(), name);
            Group g = canonical == null ? null : byVariant.get(m.entityType() + "|" + variantKey(canonical));
            if (g == null) {
                g = find(byVariant, byPart, m.entityType(), name, acronyms);
            }
            if (g == null) {
                g = new Group(m.entityType());
                groups.add(g);
            }
            if (g.add(m, name)) {
                index(byPart, g, name);
            }
            if (canonical != null && g.canonical == null) {
                g.canonical = canonical;
                byVariant.putIfAbsent(m.entityType() + "|" + variantKey(canonical), g);
            }
            byVariant.putIfAbsent(m.entityType() + "|" + variantKey(name), g);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            g.mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            String label = g.names.contains(g.canonical) ? g.canonical : g.label();
            List<String> alt = g.names.stream().filter(n -> !n.equals(label)).toList();
            String keyName = g.canonical != null ? g.canonical : label;
            out.add(new Entity(EntityKeys.of(g.type, keyName(keyName)), g.type, label, alt, g.mentions));
        }
        out.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
        return out;
    }

    /** The gazetteer's canonical name of a known country or organization, or null. */
    private String canonical(EntityType type, String name) {
        if (type == EntityType.PLACE) {
            return gazetteer.countryOf(name).orElse(null);
        }
        if (type == EntityType.ORGANIZATION) {
            return gazetteer.organization(name).map(KnownOrganization::name).orElse(null);
        }
        return null;
    }

    private Group find(Map<String, Group> byVariant, Map<String, List<Group>> byPart, EntityType type, String name,
                              Map<String, String> acronyms) {
        Group same = byVariant.get(type + "|" + variantKey(name));
        if (same != null) {
            return same;
        }
        String expansion = acronyms.get(name);
        if (expansion != null) {
            Group g = byVariant.get(type + "|" + variantKey(expansion));
            if (g != null) {
                return g;
            }
        }
        if (type != EntityType.PERSON) {
            if (name.length() > 8 || !name.chars().allMatch(Character::isUpperCase)) {
                return null;
            }
            List<Group> initialed = byPart.get(type + "|initials|" + name);
            return initialed == null ? null : initialed.get(0);
        }
        String[] w = words(name);
        if (w.length == 0) {
            return null;
        }
        Group best = null;
        int bestScore = 0;
        for (String part : w.length == 1 ? new String[] {w[0]} : new String[] {w[w.length - 1]}) {
            for (Group g : byPart.getOrDefault(type + "|part|" + part, List.of())) {
                for (String n : g.names) {
                    if (isPartOfName(name, n)) {
                        // a surname before a given name; then the person named more often
                        int score = (isSurnameOf(name, n) ? 1_000_000 : 0) + g.mentions.size();
                        if (score > bestScore) {
                            best = g;
                            bestScore = score;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Indexes a group's new name by its first and last words (people) or its initials (others). */
    private static void index(Map<String, List<Group>> byPart, Group g, String name) {
        if (g.type == EntityType.PERSON) {
            String[] w = words(name);
            if (w.length > 1) {
                addIndex(byPart, g.type + "|part|" + w[0], g);
                addIndex(byPart, g.type + "|part|" + w[w.length - 1], g);
            }
        } else {
            String initials = initials(name);
            if (initials.length() > 1) {
                addIndex(byPart, g.type + "|initials|" + initials, g);
            }
        }
    }

    private static void addIndex(Map<String, List<Group>> byPart, String key, Group g) {
        List<Group> list = byPart.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(g)) {
            list.add(g);
        }
    }

    private static boolean isSurnameOf(String shorter, String full) {
        String[] s = words(shorter);
        String[] f = words(full);
        return s.length > 0 && f.length > s.length && s[s.length - 1].equals(f[f.length - 1]);
    }

    /** "Obama" or "Barack" for "Barack Obama"; not "Obama" for "Michelle Obama Smith"'s middle. */
    static boolean isPartOfName(String shorter, String full) {
        String[] s = words(shorter);
        String[] f = words(full);
        if (s.length == 0 || s.length >= f.length) {
            return false;
        }
        if (s.length == 1) {
            return s[0].equals(f[f.length - 1]) || s[0].equals(f[0]);
        }
        for (int i = 0; i < s.length; i++) {
            if (!s[s.length - 1 - i].equals(f[f.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    /** "MKO" for "Mujahedin-e-Khalq Organization": initials of the capitalized parts. */
    static boolean isAcronymOf(String acronym, String name) {
        if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        String initials = initials(name);
        return initials.length() > 1 && initials.equals(acronym);
    }

    /** The initials of the capitalized parts of a name. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : NON_WORD.split(name)) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString();
    }

    /** "Long Name (LN)" in the text defines LN as Long Name. */
    private static Map<String, String> definedAcronyms(String doc, List<Mention> mentions) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher paren = DEFINED_ACRONYM.matcher(doc);
        for (Mention m : mentions) {
            // anchored at the mention's end and within a short region: find(from) would scan to the end of the text
            paren.region(m.end(), Math.min(doc.length(), m.end() + ACRONYM_REACH));
            if (paren.lookingAt()) {
                out.putIfAbsent(paren.group(1), m.name(doc));
            }
        }
        return out;
    }

    /**
     * The name an entity's key is made from: without particles, so that spelling variants of one
     * name ("Mujahedin-e-Khalq", "Mujahedin Khalq") get one key in every article.
     */
    String keyName(String label) {
        String s = particle.matcher(NON_WORD.matcher(label).replaceAll(" ")).replaceAll(" ").strip();
        return s.isEmpty() ? label : s;
    }

    /** Equal for spelling variants: case, hyphens, particles and punctuation ignored. */
    String variantKey(String name) {
        String s = particle.matcher(NON_WORD.matcher(name).replaceAll(" ")).replaceAll(" ");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String[] words(String name) {
        String s = name.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** Mentions of one entity while grouping. */
    private static final class Group {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        String canonical;

        Group(EntityType type) {
            this.type = type;
        }

        /** Adds the mention; true when its name is new to the group. */
        boolean add(Mention m, String name) {
            mentions.add(m);
            return names.add(name);
        }

        /** The fullest name: most name parts, then longest, then first seen; an acronym only if alone. */
        String label() {
            String best = null;
            for (String n : names) {
                if (best == null || score(n) > score(best)) {
                    best = n;
                }
            }
            return best;
        }

        private static int score(String n) {
            boolean acronym = n.length() <= 8 && n.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            int parts = (int) NON_WORD.splitAsStream(n).filter(p -> !p.isEmpty()).count();
            return (acronym ? 0 : 1000) + parts * 100 + Math.min(n.length(), 99);
        }
    }
}
