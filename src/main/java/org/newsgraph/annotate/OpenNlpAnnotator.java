package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.source.Article;

/**
 * Sentences, tokens and part of speech with Apache OpenNLP, and dependencies and PropBank
 * predicates from the bundled parser and role labeller ({@link SyntaxModel}; they tag with their
 * own tagger, the tokens keep OpenNLP's tags, on which the rule-based extraction is tuned). Paragraphs (blank-line separated) and lines are split
 * first, so a headline or a dateline is never glued to the next sentence. Sentences are at most
 * {@value #MAX_SENTENCE} characters (longer runs are cut at white space) and tagged in bounded
 * windows, keeping time linear in the text.
 */
public final class OpenNlpAnnotator implements Annotator {

    /**
     * Clitics the UD tokenizer leaves attached ("Iran's" tagged PROPN+PART): "'s", "'re", "n't"...,
     * and the bare apostrophe of a plural possessive ("Galois'").
     */
    private static final Pattern CLITIC = Pattern.compile("(?i)(.+?)(['’](?:s|re|ve|ll|d|m)|n['’]t|(?<=s)['’])");
    private static final int WINDOW = 200;
    private static final int LONG_WORD = 100;
    /** Longest sentence in characters: about 300 words, far beyond a real news sentence. */
    static final int MAX_SENTENCE = 2_000;

    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos());
    private final SentenceJoiner joiner;

    /** With the bundled English lexicon (abbreviations that do not end a sentence). */
    public OpenNlpAnnotator() {
        this(Lexicon.english());
    }

    public OpenNlpAnnotator(Lexicon lexicon) {
        this.joiner = new SentenceJoiner(lexicon);
        // loaded now, with the OpenNLP models, rather than within the first article's time budget
        SyntaxModel.parser();
        SyntaxModel.roles();
    }

    @Override
    public AnnotatedText annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : blocks(text)) {
            List<int[]> spans = new ArrayList<>();
            for (Span span : sentenceDetector.sentPosDetect(text.substring(block[0], block[1]))) {
                int begin = block[0] + span.getStart();
                int end = block[0] + span.getEnd();
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
                if (begin < end) {
                    spans.add(new int[] {begin, end});
                }
            }
            for (int[] span : joiner.join(text, spans)) {
                for (int[] piece : pieces(text, span[0], span[1], MAX_SENTENCE)) {
                    String s = text.substring(piece[0], piece[1]);
                    sentences.add(SyntaxModel.parse(new Sentence(sentences.size(), piece[0], piece[1], s, tokens(s, piece[0]))));
                }
            }
        }
        return new AnnotatedText(article, text, sentences);
    }

    /**
     * {@code [begin, end)} cut into pieces of at most {@code max} characters, each cut at the last
     * white space before the limit (a single longer word stays whole), white space trimmed. A "sentence" that long is text without sentence punctuation (a table, a scraped
     * blob); later stages look at a sentence as a whole, so its length must be bounded.
     */
    static List<int[]> pieces(String text, int begin, int end, int max) {
        List<int[]> out = new ArrayList<>();
        int from = begin;
        while (from < end) {
            while (from < end && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            if (from >= end) {
                break;
            }
            int to = end;
            if (end - from > max) {
                to = from + max;
                int space = to;
                while (space > from && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                if (space > from) {
                    to = space;
                } else {
                    // one word longer than the limit: kept whole (it becomes a single token)
                    while (to < end && !Character.isWhitespace(text.charAt(to))) {
                        to++;
                    }
                }
            }
            int last = to;
            while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            out.add(new int[] {from, last});
            from = to;
        }
        return out;
    }

    /**
     * Paragraphs: runs of lines up to a blank (whitespace-only) line, as {begin, end} offsets. A
     * scan rather than a regular expression, whose backtracking overflows the stack on a long line.
     */
    static List<int[]> blocks(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            if (text.charAt(pos) == '\n') {
                pos++;
                continue;
            }
            int start = pos;
            int end = lineEnd(text, pos);
            while (end < n) {
                int next = end + 1;
                int nextEnd = lineEnd(text, next);
                if (nextEnd < n && isBlank(text, next, nextEnd)) {
                    break;
                }
                end = nextEnd;
            }
            out.add(new int[] {start, end});
            pos = end;
        }
        return out;
    }

    private static int lineEnd(String text, int from) {
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\f' && ch != '\u000B') {
                return false;
            }
        }
        return true;
    }

    /**
     * Token spans of a sentence. The tokenizer model's time grows with the square of a word's
     * length, so a run of more than {@value #LONG_WORD} characters without a space (a URL, a blob
     * of data) is one token of its own and only the text between such runs goes to the model.
     */
    private Span[] tokenSpans(String sentence) {
        List<Span> out = null;
        int segment = 0;
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            if (Character.isWhitespace(sentence.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i - start > LONG_WORD) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                addSegment(out, sentence, segment, start);
                out.add(new Span(start, i));
                segment = i;
            }
        }
        if (out == null) {
            return tokenizer.tokenizePos(sentence);
        }
        addSegment(out, sentence, segment, n);
        return out.toArray(new Span[0]);
    }

    private void addSegment(List<Span> out, String sentence, int from, int to) {
        if (to > from) {
            for (Span s : tokenizer.tokenizePos(sentence.substring(from, to))) {
                out.add(new Span(from + s.getStart(), from + s.getEnd()));
            }
        }
    }

    private List<Token> tokens(String sentence, int offset) {
        Span[] spans = tokenSpans(sentence);
        List<Token> out = new ArrayList<>(spans.length + 8);
        for (int from = 0; from < spans.length; from += WINDOW) {
            int to = Math.min(spans.length, from + WINDOW);
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) {
                words[i - from] = spans[i].getCoveredText(sentence).toString();
            }
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                addSplit(out, words[i], tags[i], offset + spans[from + i].getStart());
            }
        }
        return joinHyphenated(out);
    }

    /**
     * The tokenizer cuts some hyphenated words apart ("al - Maliki", "Mujahedin- e-Khalq"); pieces
     * with no space between them and a hyphen at the joint are one word again. The word is a proper
     * noun when it ends in a capitalized proper noun, else it takes its last piece's tag.
     */
    private static List<Token> joinHyphenated(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() == t.begin() && (prev.text().endsWith("-") || t.text().startsWith("-"))
                    && !prev.text().equals("--") && !t.text().equals("--")) {
                String text = prev.text() + t.text();
                String pos = t.text().equals("-") ? prev.pos() : t.pos();
                String lastPiece = text.substring(text.lastIndexOf('-') + 1);
                boolean capitalizedEnd = !lastPiece.isEmpty() && Character.isUpperCase(lastPiece.codePointAt(0));
                if (t.isProperNoun() || prev.isProperNoun() && (capitalizedEnd || lastPiece.isEmpty())) {
                    pos = "PROPN";
                }
                out.set(out.size() - 1, new Token(prev.begin(), t.end(), text, pos));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static void addSplit(List<Token> out, String word, String tag, int begin) {
        int plus = tag.indexOf('+');
        Matcher m = CLITIC.matcher(word);
        // "Iran’s" and "Theodorus’" are sometimes one token without a combined tag: a capitalized
        // word's possessive is split too
        boolean split = m.matches() && (plus > 0 || Character.isUpperCase(word.codePointAt(0))
                && (m.group(2).length() == 1 || m.group(2).length() == 2 && Character.toLowerCase(m.group(2).charAt(1)) == 's'));
        if (split) {
            int cut = m.end(1);
            String second = plus > 0 ? tag.substring(plus + 1) : "PART";
            out.add(new Token(begin, begin + cut, word.substring(0, cut), plus > 0 ? tag.substring(0, plus) : tag));
            out.add(new Token(begin + cut, begin + word.length(), word.substring(cut),
                    second.indexOf('+') > 0 ? second.substring(0, second.indexOf('+')) : second));
        } else {
            out.add(new Token(begin, begin + word.length(), word, plus > 0 ? tag.substring(0, plus) : tag));
        }
    }
}
