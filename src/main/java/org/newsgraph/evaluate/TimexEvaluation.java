package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.extract.time.Timex;
import org.newsgraph.extract.time.TimexTagger;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Time expressions scored on TimeML files (TempEval-3): each file's DCT is the publication date;
 * the tagger's TIMEX3 tags are written into a copy of the file, and the figures are those of the
 * official TempEval-3 scorer ({@code TE3-evaluation.py}: its TimeML-Normalizer pairs a system
 * expression with a gold one when one starts inside the other, each used once; strict needs the
 * same text), printed in its layout.
 */
public final class TimexEvaluation {

    private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
    private static final Pattern DCT = Pattern.compile("(?s)<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d\\d-\\d\\d)");
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One time expression of a document, gold or system; offsets into the tag-free raw text. */
    public record Mention(int begin, int end, String text, String type, String value) {
    }

    /** A document's gold and system expressions. */
    public record Document(String name, List<Mention> gold, List<Mention> system) {
    }

    private final Annotator annotator;
    private final TimexTagger tagger = new TimexTagger();

    public TimexEvaluation(Annotator annotator) {
        this.annotator = annotator;
    }

    /** The TimeML files of a directory, sorted by name. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
    }

    /** Tags one TimeML file; writes the system copy into {@code outDir} when it is not null. */
    public Document run(Path file, Path outDir) throws IOException {
        String tml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher text = TEXT.matcher(tml);
        if (!text.find()) {
            throw new IllegalArgumentException(file + ": no <TEXT> element");
        }
        Matcher dct = DCT.matcher(tml);
        LocalDate published = dct.find() ? LocalDate.parse(dct.group(1)) : null;
        String inner = text.group(1);
        StringBuilder raw = new StringBuilder();
        List<Mention> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(inner);
        int at = 0;
        int open = -1;
        String openAttributes = null;
        while (tag.find()) {
            raw.append(inner, at, tag.start());
            at = tag.end();
            if (tag.group(2).equals("TIMEX3")) {
                if (tag.group(1).isEmpty() && !tag.group(3).endsWith("/")) {
                    open = raw.length();
                    openAttributes = tag.group(3);
                } else if (!tag.group(1).isEmpty() && open >= 0) {
                    gold.add(new Mention(open, raw.length(), raw.substring(open), attribute(openAttributes, "type"),
                            attribute(openAttributes, "value")));
                    open = -1;
                }
            }
        }
        raw.append(inner.substring(at));
        Decoded decoded = decode(raw.toString());
        Article article = new Article(file.getFileName().toString(), decoded.text, new ArticleMetadata(null, published,
                null, null, null, List.of(), null, null));
        List<Mention> system = new ArrayList<>();
        for (Timex t : tagger.tag(annotator.annotate(article), published)) {
            int b = decoded.raw[t.begin()];
            int e = decoded.raw[t.end()];
            system.add(new Mention(b, e, raw.substring(b, e), t.type().name(), t.value() == null ? "" : t.value()));
        }
        if (outDir != null) {
            Files.writeString(outDir.resolve(file.getFileName()), tml.substring(0, text.start(1))
                    + tagged(raw.toString(), system) + tml.substring(text.end(1), text.end()) + "\n\n</TimeML>\n",
                    StandardCharsets.UTF_8);
        }
        return new Document(file.getFileName().toString(), gold, system);
    }

    private static String attribute(String attributes, String name) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1).equals(name)) {
                return a.group(2);
            }
        }
        return name; // the scorer's get_entity_value falls back to the attribute's name
    }

    private static String tagged(String raw, List<Mention> system) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int tid = 1;
        for (Mention m : system) {
            out.append(raw, at, m.begin());
            out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(m.type()).append("\" value=\"")
                    .append(escape(m.value())).append("\">").append(raw, m.begin(), m.end()).append("</TIMEX3>");
            at = m.end();
        }
        return out.append(raw.substring(at)).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Text with XML character references decoded, and for each decoded offset (and the end) the raw one. */
    private record Decoded(String text, int[] raw) {
    }

    private static Decoded decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int i = 0;
        while (i < raw.length()) {
            map[out.length()] = i;
            int semi = raw.charAt(i) == '&' ? raw.indexOf(';', i) : -1;
            String entity = semi > i && semi - i <= 8 ? raw.substring(i + 1, semi) : null;
            String replacement = entity == null ? null : switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> null;
            };
            if (replacement != null) {
                out.append(replacement);
                i = semi + 1;
            } else {
                out.append(raw.charAt(i));
                i++;
            }
        }
        map[out.length()] = raw.length();
        return new Decoded(out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
    }

    /** The scorer's counts summed over documents. */
    public record Score(int gold, int system, int strictRecall, int relaxedRecall, int strictPrecision,
                        int relaxedPrecision, int type, int value) {

        /** The "=== Timex Performance ===" block of the official scorer, character for character. */
        public String report() {
            double sr = gold == 0 ? 0 : 1.0 * strictRecall / gold;
            double rr = gold == 0 ? 0 : 1.0 * relaxedRecall / gold;
            double sp = system == 0 ? 0 : 1.0 * strictPrecision / system;
            double rp = system == 0 ? 0 : 1.0 * relaxedPrecision / system;
            double sf;
            double rf;
            double pv;
            double pt;
            if (system == 0 && gold == 0) {
                sf = rf = pv = pt = 1;
            } else {
                sf = f(sp, sr);
                rf = f(rp, rr);
                pt = relaxedRecall == 0 ? 0 : type * 1.0 / relaxedRecall * rf;
                pv = relaxedRecall == 0 ? 0 : value * 1.0 / relaxedRecall * rf;
            }
            return "=== Timex Performance ===\n"
                    + "Strict Match\tF1\tP\tR\n"
                    + "\t\t" + py(sf) + "\t" + py(sp) + "\t" + py(sr) + "\n"
                    + "Relaxed Match\tF1\tP\tR\n"
                    + "\t\t" + py(rf) + "\t" + py(rp) + "\t" + py(rr) + "\n"
                    + "Attribute F1\tValue\tType\n"
                    + "\t\t" + py(pv) + "\t" + py(pt) + "\n\n";
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0 : 2.0 * p * r / (p + r);
        }

        /** Python 2's {@code str(round(x * 100, 2))}. */
        private static String py(double x) {
            double rounded = new BigDecimal(x * 100).setScale(2, RoundingMode.HALF_UP).doubleValue();
            return Double.toString(rounded).toLowerCase(Locale.ROOT);
        }
    }

    /** Scores documents as the official scorer does. */
    public static Score score(List<Document> docs) {
        int[] c = new int[8];
        for (Document d : docs) {
            String[] goldId = new String[d.gold().size()];
            String[] systemId = new String[d.system().size()];
            pair(d.gold(), d.system(), goldId, systemId);
            c[0] += d.gold().size();
            c[1] += d.system().size();
            for (int g = 0; g < goldId.length; g++) {
                Mention gm = d.gold().get(g);
                if (gm.text().strip().isEmpty()) {
                    continue;
                }
                for (int s = 0; s < systemId.length; s++) {
                    Mention sm = d.system().get(s);
                    if (goldId[g].equals(systemId[s]) && !sm.text().strip().isEmpty()) {
                        c[3]++;
                        if (gm.text().equals(sm.text())) {
                            c[2]++;
                        }
                        if (gm.type().equals(sm.type())) {
                            c[6]++;
                        }
                        if (gm.value().equals(sm.value())) {
                            c[7]++;
                        }
                    }
                }
            }
            for (int s = 0; s < systemId.length; s++) {
                Mention sm = d.system().get(s);
                if (sm.text().strip().isEmpty()) {
                    continue;
                }
                for (int g = 0; g < goldId.length; g++) {
                    Mention gm = d.gold().get(g);
                    if (goldId[g].equals(systemId[s]) && !gm.text().strip().isEmpty()) {
                        c[5]++;
                        if (gm.text().equals(sm.text())) {
                            c[4]++;
                        }
                    }
                }
            }
        }
        return new Score(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    /**
     * What differs from the gold, one line per expression: {@code MISSED}, {@code SPURIOUS},
     * {@code SPAN}, {@code TYPE} or {@code VALUE}, with the document and both sides' text, type and value.
     */
    public static List<String> differences(List<Document> docs) {
        List<String> out = new ArrayList<>();
        for (Document d : docs) {
            String[] goldId = new String[d.gold().size()];
            String[] systemId = new String[d.system().size()];
            pair(d.gold(), d.system(), goldId, systemId);
            java.util.Set<String> matched = new java.util.HashSet<>(List.of(systemId));
            matched.retainAll(List.of(goldId));
            for (int g = 0; g < goldId.length; g++) {
                Mention gm = d.gold().get(g);
                Mention sm = null;
                for (int s = 0; s < systemId.length; s++) {
                    if (systemId[s].equals(goldId[g])) {
                        sm = d.system().get(s);
                    }
                }
                String kind = sm == null ? "MISSED" : !sm.value().equals(gm.value()) ? "VALUE"
                        : !sm.type().equals(gm.type()) ? "TYPE" : !sm.text().equals(gm.text()) ? "SPAN" : null;
                if (kind != null) {
                    out.add(kind + "\t" + d.name() + "\t" + describe(gm) + "\t" + (sm == null ? "" : describe(sm)));
                }
            }
            for (int s = 0; s < systemId.length; s++) {
                if (!matched.contains(systemId[s])) {
                    out.add("SPURIOUS\t" + d.name() + "\t\t" + describe(d.system().get(s)));
                }
            }
        }
        return out;
    }

    private static String describe(Mention m) {
        return m.text().replaceAll("\\s+", " ") + " [" + m.type() + " " + m.value() + "]";
    }

    /**
     * The TimeML-Normalizer's ids: in text order (gold first where both start together), an
     * expression takes the id of the other side's expression it starts inside, unless its own side
     * already used that id; otherwise a new id.
     */
    private static void pair(List<Mention> gold, List<Mention> system, String[] goldId, String[] systemId) {
        record Start(int begin, int side, int index) {
        }
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            starts.add(new Start(gold.get(i).begin(), 0, i));
        }
        for (int i = 0; i < system.size(); i++) {
            starts.add(new Start(system.get(i).begin(), 1, i));
        }
        starts.sort(Comparator.comparingInt(Start::begin).thenComparingInt(Start::side));
        int[] gid = new int[gold.size()];
        int[] sid = new int[system.size()];
        int counter = 1;
        int[] last = new int[2];
        for (Start st : starts) {
            List<Mention> other = st.side() == 0 ? system : gold;
            int[] otherIds = st.side() == 0 ? sid : gid;
            int id = 0;
            for (int k = 0; k < other.size(); k++) {
                Mention o = other.get(k);
                boolean active = st.side() == 0 ? o.begin() < st.begin() && st.begin() < o.end()
                        : o.begin() <= st.begin() && st.begin() < o.end();
                if (active && otherIds[k] != 0 && last[st.side()] < otherIds[k]) {
                    id = otherIds[k];
                }
            }
            if (id == 0) {
                id = counter++;
            }
            last[st.side()] = id;
            (st.side() == 0 ? gid : sid)[st.index()] = id;
        }
        for (int i = 0; i < gid.length; i++) {
            goldId[i] = "t" + gid[i];
        }
        for (int i = 0; i < sid.length; i++) {
            systemId[i] = "t" + sid[i];
        }
    }
}
