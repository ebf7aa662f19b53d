package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A token-per-line IOB file (IOB2 or IOB1; CoNLL columns, or UniversalNER's {@code id token tag}):
 * documents ({@code # newdoc} comments), sentences (blank lines), tokens and tags. The tag is the
 * last column, or the third when the first is a token number.
 */
public record IobCorpus(String name, List<Doc> docs) {

    /** A document: its sentences, each a list of tokens. */
    public record Doc(String id, List<List<Tok>> sentences) {
    }

    /** A token and its tag ("O", "B-PER", ...). */
    public record Tok(String text, String tag) {
    }

    /** A labelled span: tokens {@code start..end-1} of the corpus, counted over all documents. */
    public record Span(int start, int end, String type) {
    }

    public static IobCorpus read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read IOB file: " + e.getMessage(), e);
        }
        List<Doc> docs = new ArrayList<>();
        List<List<Tok>> sentences = new ArrayList<>();
        List<Tok> sentence = new ArrayList<>();
        String docId = null;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.startsWith("# ") || line.equals("#")) {
                if (line.startsWith("# newdoc")) {
                    closeSentence(sentences, sentence);
                    sentence = new ArrayList<>();
                    if (!sentences.isEmpty()) {
                        docs.add(new Doc(docId == null ? "doc" + (docs.size() + 1) : docId, sentences));
                        sentences = new ArrayList<>();
                    }
                    int eq = line.indexOf('=');
                    docId = eq < 0 ? null : line.substring(eq + 1).strip();
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                closeSentence(sentences, sentence);
                sentence = new ArrayList<>();
                continue;
            }
            String[] f = line.split(line.indexOf('\t') >= 0 ? "\t" : " ");
            if (f.length < 2) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected a token and a tag: " + line);
            }
            boolean numbered = f.length >= 3 && f[0].chars().allMatch(Character::isDigit);
            String tag = numbered ? f[2] : f[f.length - 1];
            sentence.add(new Tok(numbered ? f[1] : f[0], tag));
        }
        closeSentence(sentences, sentence);
        if (!sentences.isEmpty()) {
            docs.add(new Doc(docId == null ? "doc" + (docs.size() + 1) : docId, sentences));
        }
        return new IobCorpus(file.toString(), docs);
    }

    private static void closeSentence(List<List<Tok>> sentences, List<Tok> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
    }

    /** All tags in corpus order. */
    public List<String> tags() {
        List<String> out = new ArrayList<>();
        for (Doc d : docs) {
            for (List<Tok> s : d.sentences) {
                for (Tok t : s) {
                    out.add(t.tag);
                }
            }
        }
        return out;
    }

    /**
     * The spans of a tag sequence, conlleval-style: a span starts at B-X, or at I-X not continuing
     * an X; it ends before O, B-, a different type, or a sentence end ({@code sentenceStarts}).
     */
    public static List<Span> spans(List<String> tags, boolean[] sentenceStarts) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type)
                    && (i >= sentenceStarts.length || !sentenceStarts[i]);
            if (!inside && type != null) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (!inside && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    /** Which corpus positions start a sentence. */
    public boolean[] sentenceStarts() {
        List<Boolean> starts = new ArrayList<>();
        for (Doc d : docs) {
            for (List<Tok> s : d.sentences) {
                for (int k = 0; k < s.size(); k++) {
                    starts.add(k == 0);
                }
            }
        }
        boolean[] out = new boolean[starts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = starts.get(k);
        }
        return out;
    }
}
