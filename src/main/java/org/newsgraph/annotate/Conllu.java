package org.newsgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-U treebanks (Universal Dependencies): sentences of syntactic words with their tags, heads
 * and relations. Comment lines and multiword-token lines are kept as they are, so a sentence can be
 * written back with new predictions and still tokenize exactly as its source.
 */
public final class Conllu {

    /** One syntactic word (the ten columns); {@code head} is 0 for the root. */
    public record Word(int id, String form, String lemma, String upos, String xpos, String feats, int head,
            String deprel, String deps, String misc) {

        String line() {
            return String.join("\t", Integer.toString(id), form, lemma, upos, xpos, feats, Integer.toString(head),
                    deprel, deps, misc);
        }

        /** This word with predicted tags, head and relation; lemma, features and enhanced graph unknown. */
        public Word predicted(String upos, String xpos, int head, String deprel) {
            return new Word(id, form, "_", upos, xpos, "_", head, deprel, "_", misc);
        }
    }

    /**
     * A sentence: its words, and the other lines (comments, {@code 1-2} multiword tokens) each
     * with the index of the word it precedes.
     */
    public record Sentence(List<Word> words, List<String> otherLines, int[] otherBefore) {

        public Sentence {
            words = List.copyOf(words);
            otherLines = List.copyOf(otherLines);
        }

        /** The {@code # sent_id = ...} comment's value, or null. */
        public String sentId() {
            for (String line : otherLines) {
                if (line.startsWith("# sent_id")) {
                    return line.substring(line.indexOf('=') + 1).strip();
                }
            }
            return null;
        }

        public String[] forms() {
            return words.stream().map(Word::form).toArray(String[]::new);
        }

        public Sentence withWords(List<Word> replaced) {
            if (replaced.size() != words.size()) {
                throw new IllegalArgumentException(replaced.size() + " words for a sentence of " + words.size());
            }
            return new Sentence(replaced, otherLines, otherBefore);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            int o = 0;
            for (int w = 0; w <= words.size(); w++) {
                while (o < otherLines.size() && otherBefore[o] == w) {
                    sb.append(otherLines.get(o++)).append('\n');
                }
                if (w < words.size()) {
                    sb.append(words.get(w).line()).append('\n');
                }
            }
            return sb.append('\n').toString();
        }
    }

    private Conllu() {
    }

    /** Reads a CoNLL-U file; empty nodes ({@code 8.1}) are skipped as the UD scorer skips them. */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    if (!words.isEmpty() || !other.isEmpty()) {
                        out.add(sentence(file, lineNo, words, other, before));
                        words = new ArrayList<>();
                        other = new ArrayList<>();
                        before = new ArrayList<>();
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    other.add(line);
                    before.add(words.size());
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 10) {
                    throw new IOException(file + ":" + lineNo + ": not 10 tab-separated columns");
                }
                if (c[0].contains(".")) {
                    continue;
                }
                if (c[0].contains("-")) {
                    other.add(line);
                    before.add(words.size());
                    continue;
                }
                try {
                    int id = Integer.parseInt(c[0]);
                    if (id != words.size() + 1) {
                        throw new IOException(file + ":" + lineNo + ": word id " + id + ", expected " + (words.size() + 1));
                    }
                    int head = c[6].equals("_") ? -1 : Integer.parseInt(c[6]);
                    words.add(new Word(id, c[1], c[2], c[3], c[4], c[5], head, c[7], c[8], c[9]));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + lineNo + ": bad number: " + e.getMessage(), e);
                }
            }
        }
        if (!words.isEmpty()) {
            out.add(sentence(file, lineNo, words, other, before));
        }
        return out;
    }

    private static Sentence sentence(Path file, int lineNo, List<Word> words, List<String> other, List<Integer> before)
            throws IOException {
        if (words.isEmpty()) {
            throw new IOException(file + ":" + lineNo + ": a sentence without words");
        }
        for (Word w : words) {
            if (w.head() > words.size()) {
                throw new IOException(file + ":" + lineNo + ": head " + w.head() + " outside the sentence");
            }
        }
        return new Sentence(words, other, before.stream().mapToInt(Integer::intValue).toArray());
    }
}
