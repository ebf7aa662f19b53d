package org.newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Recognizer;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/** Shared test data: small articles, a dictionary recognizer, the location of ../shared. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code content} to {@code dir/name}, creating the folders between. */
    public static Path write(Path dir, String name, byte[] content) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    /** {@code ../shared} beside the project, or null in a user's clone without it. */
    public static Path shared() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** Whether a {@code python3} runs here (the reference scorers are Python scripts). */
    public static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a reference scorer script and returns what it prints, failing on a non-zero exit. */
    public static String runPython(String... args) throws java.io.IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    public static Path seed() {
        return Path.of("seeds", "000_7c8e2674e13b320e.txt");
    }

    public static Article article(String headline, String body, String publisher) {
        return new Article("test.txt", body,
                new ArticleMetadata(headline, null, null, null, publisher, List.of(), "en", null));
    }

    /** A recognizer that finds exactly the given names, so tests of later stages do not depend on NER. */
    public static Recognizer dictionary(Map<String, EntityType> names) {
        return (AnnotatedText text) -> {
            List<Mention> out = new ArrayList<>();
            List<String> longestFirst = names.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
            for (Sentence s : text.sentences()) {
                for (String name : longestFirst) {
                    for (int at = s.text().indexOf(name); at >= 0; at = s.text().indexOf(name, at + 1)) {
                        Mention m = Mention.of(s.begin() + at, s.begin() + at + name.length(), names.get(name), s.index());
                        if (out.stream().noneMatch(m::overlaps)) {
                            out.add(m);
                        }
                    }
                }
            }
            out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            return out;
        };
    }

    public static Extraction extract(Article article, Map<String, EntityType> names) {
        return new Extractor(dictionary(names), Gazetteer.load()).extract(new OpenNlpAnnotator().annotate(article));
    }

    /** A two-sentence article about Albania with a person, a place and an organization. */
    public static Extraction albania() {
        Map<String, EntityType> names = new LinkedHashMap<>();
        names.put("Bledi Cuci", EntityType.PERSON);
        names.put("Cuci", EntityType.PERSON);
        names.put("Tirana", EntityType.PLACE);
        names.put("Albanian Daily News", EntityType.ORGANIZATION);
        return extract(article("Police enter camp near Tirana",
                "Interior Minister Bledi Cuci said police entered the camp. "
                        + "According to Albanian Daily News, Cuci visited Tirana on Thursday.", "Daily Paper"), names);
    }
}
