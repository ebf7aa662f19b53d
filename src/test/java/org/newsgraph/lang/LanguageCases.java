package org.newsgraph.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.SyntaxModel;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.Attribution;
import org.newsgraph.extract.Components;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Fact;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Test cases of the language data, read from {@code src/test/resources/org/newsgraph/lang/en/cases/*.cases}
 * (one file per lexicon or event class). A case is a block of lines: {@code > word/TAG word/TAG ...}
 * gives one hand-tagged sentence (so that a new part-of-speech model cannot change what is
 * tested), {@code @date 2023-06-29} the publication date, {@code + LINE} a line the extraction
 * must show and {@code - LINE} one it must not. Cases are separated by blank lines. The lines an
 * extraction shows are those of {@link #show}: mentions, entities, times, events with their roles,
 * relations and attributions.
 */
public final class LanguageCases {

    public static final Path DIR = Path.of("src/test/resources/org/newsgraph/lang/en/cases");

    /** One case: where it is, its sentences, date and expectations. */
    public record Case(String file, int line, List<String> sentences, LocalDate date, List<String> present, List<String> absent) {
    }

    private LanguageCases() {
    }

    public static List<Case> all() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases")).sorted().toList()) {
                out.addAll(read(f));
            }
        }
        return out;
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> sentences = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        LocalDate date = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i).strip() : "";
            if (l.isEmpty()) {
                if (!sentences.isEmpty()) {
                    if (present.isEmpty() && absent.isEmpty()) {
                        throw new IllegalArgumentException(file + ":" + start + ": a case without expectations");
                    }
                    out.add(new Case(file.getFileName().toString(), start, List.copyOf(sentences), date, List.copyOf(present), List.copyOf(absent)));
                }
                sentences.clear();
                present.clear();
                absent.clear();
                date = null;
                continue;
            }
            if (sentences.isEmpty() && present.isEmpty()) {
                start = i + 1;
            }
            if (l.startsWith("#")) {
                continue;
            } else if (l.startsWith("> ")) {
                sentences.add(l.substring(2));
            } else if (l.startsWith("@date ")) {
                date = LocalDate.parse(l.substring(6).strip());
            } else if (l.startsWith("+ ")) {
                present.add(l.substring(2).strip());
            } else if (l.startsWith("- ")) {
                absent.add(l.substring(2).strip());
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": cannot read " + l);
            }
        }
        return out;
    }

    /** The standard pipeline over {@code lexicon}. */
    public static Extractor extractor(Lexicon lexicon) {
        return new Extractor(Components.standard(Gazetteer.load(), lexicon).list(Components.STANDARD_PIPELINE));
    }

    /** What is wrong with the case's extraction: the missing and the unwanted lines; empty when it passes. */
    public static List<String> check(Case c, Extractor extractor) {
        Set<String> shown = show(extractor.extract(text(c)));
        List<String> wrong = new ArrayList<>();
        c.present().stream().filter(l -> !shown.contains(l)).forEach(l -> wrong.add("missing: " + l));
        c.absent().stream().filter(shown::contains).forEach(l -> wrong.add("unwanted: " + l));
        return wrong;
    }

    /** The hand-tagged sentences as annotated text: tokens separated by spaces except before closing punctuation. */
    public static AnnotatedText text(Case c) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : c.sentences()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            boolean glue = true;
            for (String item : line.split(" +")) {
                int slash = item.lastIndexOf('/');
                if (slash <= 0) {
                    throw new IllegalArgumentException(c.file() + ":" + c.line() + ": token without a tag: " + item);
                }
                String word = item.substring(0, slash);
                String tag = item.substring(slash + 1);
                if (!glue && !CLOSING.contains(word)) {
                    text.append(' ');
                }
                tokens.add(new Token(text.length(), text.length() + word.length(), word, tag));
                text.append(word);
                glue = OPENING.contains(word);
            }
            sentences.add(SyntaxModel.parse(new Sentence(sentences.size(), begin, text.length(), text.substring(begin), tokens)));
        }
        Article a = new Article(c.file(), text.toString(), new ArticleMetadata(null, c.date(), null, null, null, List.of(), "en", null));
        return new AnnotatedText(a, text.toString(), sentences);
    }

    private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", "!", "?", "'s", "’s", ")", "”", "n't");
    private static final Set<String> OPENING = Set.of("(", "“");

    /** The lines an extraction shows: the vocabulary of the case files' expectations. */
    public static Set<String> show(Extraction x) {
        String doc = x.text().text();
        Set<String> out = new LinkedHashSet<>();
        Map<String, String> labels = new HashMap<>();
        for (Entity e : x.entities()) {
            labels.put(e.key(), e.label());
            out.add("entity " + e.type().key() + " " + e.label());
            for (Mention m : e.mentions()) {
                out.add("mention " + m.type().key() + " " + m.text(doc));
            }
        }
        for (TimeExpression t : x.times()) {
            out.add("time " + t.text() + " = " + t.start().lexical() + (t.until() == null ? "" : "/" + t.until().lexical())
                    + (t.ongoing() ? " ongoing" : ""));
        }
        Map<String, String> events = new HashMap<>();
        for (Fact f : x.facts()) {
            if (f instanceof Fact.Text t && t.attribute() == Fact.Attribute.LABEL) {
                labels.putIfAbsent(t.subject(), t.value());
            }
        }
        for (Fact f : x.facts()) {
            if (f instanceof Fact.Event e) {
                events.put(e.subject(), "event " + (e.type() == null ? "Event" : e.type().localName()));
            }
        }
        for (Fact f : x.facts()) {
            if (f instanceof Fact.Trigger t && events.containsKey(t.subject()) && !events.get(t.subject()).contains(" at ")) {
                events.put(t.subject(), events.get(t.subject()) + " at " + doc.substring(t.begin(), t.end()));
            }
        }
        events.values().forEach(out::add);
        for (Fact f : x.facts()) {
            String subject = events.getOrDefault(f.subject(), labels.getOrDefault(f.subject(), f.subject()));
            if (f instanceof Fact.Link l) {
                out.add(subject + " " + l.relation().name().toLowerCase() + " " + labels.getOrDefault(l.object(), l.object()));
            } else if (f instanceof Fact.Text t && t.attribute() != Fact.Attribute.LABEL) {
                out.add(subject + " " + t.attribute().name().toLowerCase() + " " + t.value());
            } else if (f instanceof Fact.Time t) {
                out.add(subject + " time " + t.time().text());
            } else if (f instanceof Fact.Former) {
                out.add(subject + " former");
            } else if (f instanceof Fact.Argument a) {
                out.add(subject + " " + a.role() + " " + a.text());
            } else if (f instanceof Fact.Modality m) {
                out.add(subject + " " + m.certainty().name().toLowerCase());
            }
        }
        for (Attribution a : x.attributions()) {
            String source = a.sourceEntities().isEmpty() ? (a.sourceDescription() == null ? "publisher" : a.sourceDescription())
                    : String.join(" and ", a.sourceEntities().stream().map(k -> labels.getOrDefault(k, k)).toList());
            out.add("claim " + a.sentence() + " " + a.certainty().name().toLowerCase() + " " + source);
        }
        return out;
    }
}
