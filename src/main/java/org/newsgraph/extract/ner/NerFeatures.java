package org.newsgraph.extract.ner;

import java.util.Locale;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * The features of the entity tagger, shared by training (scripts/train-ner) and inference so that
 * both see exactly the same hashes. A feature is a string hashed to 64 bits; {@link #observe}
 * gives a token's features that do not depend on the tags already chosen, {@link #history} those
 * that do. Spans follow one of two conventions: GUM's (titles and modifiers inside the span,
 * "US President Barack Obama") or the bare names of the other corpora; every feature is seen once
 * plain and once more marked with the convention when it is GUM's, so the shared part learns what
 * the corpora agree on and the marked part learns GUM's spans (the style the project's gold uses).
 */
public final class NerFeatures {

    /** Longest gazetteer phrase tried, in tokens. */
    private static final int MAX_PHRASE = 5;
    private static final long GUM_STYLE = 0x9E3779B97F4A7C15L;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    public NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /**
     * Static features of every token of a sentence, as hashes; with {@code gumStyle} each is
     * followed by its convention-marked twin. {@code pos}: the tokens' Universal Dependencies
     * part of speech from the project's tagger (training tags its sentences with the same tagger).
     */
    public long[][] observe(String[] words, String[] pos, boolean gumStyle) {
        int n = words.length;
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[] gaz = gazetteerTags(words);
        String[] cluster = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shape[i] = shape(words[i]);
            cluster[i] = clusters.cluster(lower[i]);
        }
        long[][] out = new long[n][];
        Sink sink = new Sink(gumStyle);
        for (int i = 0; i < n; i++) {
            sink.reset();
            String w = words[i];
            String l = lower[i];
            sink.add("b");
            sink.add("w=" + w);
            sink.add("l=" + l);
            sink.add("s=" + shape[i]);
            for (int k = 1; k <= 3 && k <= l.length(); k++) {
                sink.add("p" + k + "=" + l.substring(0, k));
            }
            for (int k = 1; k <= 4 && k <= l.length(); k++) {
                sink.add("x" + k + "=" + l.substring(l.length() - k));
            }
            sink.add("c=" + cluster[i]);
            sink.add("g=" + gaz[i]);
            if (i == 0) {
                sink.add("first|s=" + shape[i]);
                sink.add("first|w=" + w);
            }
            String prevL = i > 0 ? lower[i - 1] : "<s>";
            String nextL = i + 1 < n ? lower[i + 1] : "</s>";
            String prevS = i > 0 ? shape[i - 1] : "<s>";
            String nextS = i + 1 < n ? shape[i + 1] : "</s>";
            sink.add("l-1=" + prevL);
            sink.add("l+1=" + nextL);
            sink.add("l-2=" + (i > 1 ? lower[i - 2] : "<s>"));
            sink.add("l+2=" + (i + 2 < n ? lower[i + 2] : "</s>"));
            sink.add("s-1=" + prevS);
            sink.add("s+1=" + nextS);
            sink.add("ss-1=" + prevS + "|" + shape[i]);
            sink.add("ss+1=" + shape[i] + "|" + nextS);
            sink.add("ll-1=" + prevL + "|" + l);
            sink.add("ll+1=" + l + "|" + nextL);
            sink.add("c-1=" + (i > 0 ? cluster[i - 1] : "<s>"));
            sink.add("c+1=" + (i + 1 < n ? cluster[i + 1] : "</s>"));
            sink.add("g-1=" + (i > 0 ? gaz[i - 1] : "<s>"));
            sink.add("g+1=" + (i + 1 < n ? gaz[i + 1] : "</s>"));
            sink.add("gs=" + gaz[i] + "|" + shape[i]);
            String prevP = i > 0 ? pos[i - 1] : "<s>";
            String nextP = i + 1 < n ? pos[i + 1] : "</s>";
            sink.add("t=" + pos[i]);
            sink.add("ts=" + pos[i] + "|" + shape[i]);
            sink.add("t-1=" + prevP + "|" + pos[i]);
            sink.add("t+1=" + pos[i] + "|" + nextP);
            sink.add("t3=" + prevP + "|" + pos[i] + "|" + nextP);
            sink.add("tl-1=" + pos[i] + "|" + prevL);
            out[i] = sink.toArray();
        }
        return out;
    }

    /** Features of the tags chosen for the previous two tokens ({@code null} before the sentence). */
    public static long[] history(String prev2, String prev, String word, String shape, boolean gumStyle) {
        Sink sink = new Sink(gumStyle);
        String p1 = prev == null ? "<s>" : prev;
        String p2 = prev2 == null ? "<s>" : prev2;
        sink.add("t-1=" + p1);
        sink.add("t-2=" + p2 + "|" + p1);
        sink.add("t-1w=" + p1 + "|" + word);
        sink.add("t-1s=" + p1 + "|" + shape);
        return sink.toArray();
    }

    /**
     * The word's shape with runs collapsed: "Xx" for "Obama", "X.X." for "U.S.", "d" for "2010",
     * "Xx-Xx" for "Al-Ani".
     */
    public static String shape(String w) {
        StringBuilder b = new StringBuilder(Math.min(w.length(), 8));
        char last = 0;
        for (int k = 0; k < w.length() && b.length() < 8; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'a' : c;
            if (s != last) {
                b.append(s);
                last = s;
            }
        }
        return b.toString();
    }

    /**
     * Each token's gazetteer memberships as one string: the longest place, organization or
     * product phrase starting at or covering it (B/I), and single-word lists.
     */
    String[] gazetteerTags(String[] words) {
        int n = words.length;
        StringBuilder[] tags = new StringBuilder[n];
        for (int i = 0; i < n; i++) {
            tags[i] = new StringBuilder();
        }
        for (int i = 0; i < n; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            int bestEnd = -1;
            String bestKind = null;
            for (int j = i; j < n && j < i + MAX_PHRASE; j++) {
                if (j > i) {
                    phrase.append(' ');
                }
                phrase.append(words[j]);
                String p = phrase.toString();
                String kind = gazetteer.isCountry(p) ? "C" : gazetteer.isRegion(p) ? "R" : gazetteer.isCity(p) ? "T"
                        : gazetteer.organization(p).isPresent() ? "O" : gazetteer.isProduct(p) ? "P" : null;
                if (kind != null) {
                    bestEnd = j;
                    bestKind = kind;
                }
            }
            if (bestKind != null) {
                for (int j = i; j <= bestEnd; j++) {
                    tags[j].append(j == i ? 'B' : 'I').append(bestKind);
                }
                i = bestEnd;
            }
        }
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (gazetteer.isGivenName(w)) {
                tags[i].append(gazetteer.isAmbiguousGivenName(w) ? "n" : "N");
            }
            if (gazetteer.isPersonTitle(w)) {
                tags[i].append('t');
            }
            if (gazetteer.countryOfDemonym(w).isPresent()) {
                tags[i].append('d');
            }
            if (gazetteer.isOrgHead(w)) {
                tags[i].append('h');
            }
            if (gazetteer.isPlaceHead(w)) {
                tags[i].append('l');
            }
            if (gazetteer.isCommonWord(w)) {
                tags[i].append('w');
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = tags[i].toString();
        }
        return out;
    }

    /** FNV-1a over the string's chars, then a finalizer so that nearby strings spread. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Collects hashes, adding the GUM-marked twin of each when asked. */
    private static final class Sink {
        private final boolean gumStyle;
        private long[] buf = new long[64];
        private int size;

        Sink(boolean gumStyle) {
            this.gumStyle = gumStyle;
        }

        void reset() {
            size = 0;
        }

        void add(String feature) {
            long h = hash(feature);
            push(h);
            if (gumStyle) {
                push(mix(h + GUM_STYLE));
            }
        }

        private void push(long h) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = h;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
