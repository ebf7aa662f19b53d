package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled tagger and parser from CoNLL-U treebanks (run by
 * {@code scripts/train-parser/train.sh}). The parser learns from jackknifed tags: each fold of the
 * training data is tagged by a tagger trained on the other folds, so it sees tagging errors like
 * those it meets at run time.
 */
public final class ModelTrainer {

    /** Training settings; every field is recorded in the models' provenance. */
    public record Settings(String script, Path dataRoot, List<Path> train, List<Path> parserOnly, Path dev, Path out,
            long seed, int taggerIterations, int parserIterations, int folds, double explore) {

        String describe() {
            return String.format(Locale.ROOT, "seed=%d tagger-iterations=%d parser-iterations=%d folds=%d explore=%.2f",
                    seed, taggerIterations, parserIterations, folds, explore)
                    + (parserOnly.isEmpty() ? "" : " parser-only-files=" + parserOnly.size());
        }
    }

    private ModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("roles")) {
            trainRoles(args);
            return;
        }
        String script = null;
        Path root = null;
        Path dev = null;
        Path out = null;
        long seed = 1;
        int tagIt = 8;
        int parseIt = 12;
        int folds = 4;
        double explore = 0.9;
        List<Path> train = new ArrayList<>();
        List<Path> parserOnly = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--script" -> script = args[++i];
                case "--data-root" -> root = Path.of(args[++i]);
                case "--dev" -> dev = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--tagger-iterations" -> tagIt = Integer.parseInt(args[++i]);
                case "--parser-iterations" -> parseIt = Integer.parseInt(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--explore" -> explore = Double.parseDouble(args[++i]);
                case "--parser-only" -> parserOnly.add(Path.of(args[++i]));
                default -> train.add(Path.of(a));
            }
        }
        if (script == null || root == null || out == null || train.isEmpty()) {
            System.err.println("usage: ModelTrainer --script NAME-VERSION --data-root DIR --out DIR [--dev FILE] "
                    + "[--seed N] [--tagger-iterations N] [--parser-iterations N] [--folds N] [--explore P] "
                    + "[--parser-only FILE]... TRAIN.conllu...");
            System.exit(2);
        }
        train(new Settings(script, root, train, parserOnly, dev, out, seed, tagIt, parseIt, folds, explore), System.err);
    }

    /** Reads the trees of {@code files} into {@code into} and their digests into {@code digests}. */
    private static void read(List<Path> files, Path dataRoot, List<Conllu.Sentence> into, List<String> digests)
            throws IOException {
        for (Path f : files) {
            if (f.getFileName().toString().startsWith("GUM_news_")) {
                throw new IllegalArgumentException(f + ": GUM news documents are development data, never training data");
            }
            into.addAll(Conllu.read(f));
            digests.add(digest(dataRoot, f));
        }
    }

    static void train(Settings s, PrintStream log) throws IOException {
        List<Conllu.Sentence> sentences = new ArrayList<>();
        List<Conllu.Sentence> parserOnly = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        read(s.train(), s.dataRoot(), sentences, digests);
        read(s.parserOnly(), s.dataRoot(), parserOnly, digests);
        log.printf("%d training sentences from %d files, %d more for the parser only from %d files%n", sentences.size(),
                s.train().size(), parserOnly.size(), s.parserOnly().size());
        SyntaxModel.Provenance provenance = new SyntaxModel.Provenance(s.script(), s.describe(), digests);

        PosTagger tagger = PosTagger.train(sentences, s.taggerIterations(), s.seed(), log);
        SyntaxModel.save(s.out().resolve("pos-tagger.bin.gz"), provenance, tagger::write);

        List<Conllu.Sentence> jackknifed = new ArrayList<>(sentences);
        for (int fold = 0; fold < s.folds(); fold++) {
            List<Conllu.Sentence> rest = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % s.folds() != fold) {
                    rest.add(sentences.get(i));
                }
            }
            PosTagger foldTagger = PosTagger.train(rest, s.taggerIterations(), s.seed() + fold + 1, log);
            for (int i = fold; i < sentences.size(); i += s.folds()) {
                jackknifed.set(i, retag(sentences.get(i), foldTagger));
            }
            log.printf("fold %d of %d tagged%n", fold + 1, s.folds());
        }
        // the parser-only sentences were never the tagger's: its own tags are as a parser will see them
        parserOnly.forEach(x -> jackknifed.add(retag(x, tagger)));
        DependencyParser parser = DependencyParser.train(jackknifed, s.parserIterations(), s.explore(), s.seed(), log);
        SyntaxModel.save(s.out().resolve("dependency-parser.bin.gz"), provenance, parser::write);

        if (s.dev() != null) {
            int words = 0;
            int upos = 0;
            int las = 0;
            for (Conllu.Sentence gold : Conllu.read(s.dev())) {
                String[] forms = gold.forms();
                PosTagger.Tags tags = tagger.tag(forms);
                DependencyParser.Parse parse = parser.parse(forms, tags);
                for (int i = 0; i < forms.length; i++) {
                    Conllu.Word w = gold.words().get(i);
                    words++;
                    upos += w.upos().equals(tags.upos()[i]) ? 1 : 0;
                    las += w.head() == parse.heads()[i]
                            && w.deprel().split(":")[0].equals(parse.relations()[i].split(":")[0]) ? 1 : 0;
                }
            }
            log.printf(Locale.ROOT, "dev %s: UPOS %.2f, LAS %.2f%n", s.dev(), 100.0 * upos / words, 100.0 * las / words);
        }
    }

    /**
     * {@code roles --script NAME --data-root DIR --propbank TAR --ud TRAIN.conllu --out DIR [--seed N]
     * [--iterations N]}: the role labeller, from PropBank's train split on the gold UD trees.
     */
    private static void trainRoles(String[] args) throws IOException {
        String script = null;
        Path root = null;
        Path propbank = null;
        Path ud = null;
        Path out = null;
        long seed = 1;
        int iterations = 8;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--script" -> script = args[++i];
                case "--data-root" -> root = Path.of(args[++i]);
                case "--propbank" -> propbank = Path.of(args[++i]);
                case "--ud" -> ud = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("roles: unknown argument " + args[i]);
            }
        }
        if (script == null || root == null || propbank == null || ud == null || out == null) {
            throw new IllegalArgumentException("usage: ModelTrainer roles --script NAME-VERSION --data-root DIR "
                    + "--propbank propbank-ewt.tar.gz --ud en_ewt-ud-train.conllu --out DIR [--seed N] [--iterations N]");
        }
        PropBank.Split train = PropBank.read(propbank, ud, "train");
        System.err.printf("%d training sentences (%d not joined)%n", train.sentences().size(), train.unaligned());
        RoleLabeler labeler = RoleLabeler.train(train.sentences(), iterations, seed, System.err);
        List<String> digests = new ArrayList<>();
        for (Path f : List.of(propbank, ud)) {
            digests.add(digest(root, f));
        }
        SyntaxModel.save(out.resolve("role-labeler.bin.gz"), new SyntaxModel.Provenance(script,
                String.format(Locale.ROOT, "seed=%d iterations=%d", seed, iterations), digests), labeler::write);
    }

    private static String digest(Path root, Path f) throws IOException {
        return sha256(f) + "  " + root.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    private static Conllu.Sentence retag(Conllu.Sentence s, PosTagger tagger) {
        PosTagger.Tags tags = tagger.tag(s.forms());
        List<Conllu.Word> words = new ArrayList<>();
        for (int i = 0; i < s.words().size(); i++) {
            Conllu.Word w = s.words().get(i);
            words.add(new Conllu.Word(w.id(), w.form(), w.lemma(), tags.upos()[i], tags.xpos()[i], w.feats(), w.head(),
                    w.deprel(), w.deps(), w.misc()));
        }
        return s.withWords(words);
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
