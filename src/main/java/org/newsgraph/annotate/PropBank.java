package org.newsgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PropBank's gold predicate-argument annotation of English-EWT ({@code propbank-ewt.tar.gz}: the
 * {@code .gold_skel} files, words replaced by {@code [WORD]}) joined sentence by sentence to the UD
 * trees of the same text. Argument spans become their syntactic heads in the UD tree (the span's
 * word whose head lies outside the span), as in dependency-based role labelling (CoNLL 2009).
 */
public final class PropBank {

    /** An argument: its head word (0-based index) and role (ARG0, ARGM-TMP, R-ARG1, ...). */
    public record Argument(int head, String role) {
    }

    /** A predicate word (0-based index), its roleset ({@code fall.01}) and its arguments. */
    public record Predicate(int index, String roleset, List<Argument> arguments) {

        public Predicate {
            arguments = List.copyOf(arguments);
        }
    }

    /** A UD sentence with its PropBank predicates. */
    public record Sentence(String id, Conllu.Sentence tree, List<Predicate> predicates) {

        public Sentence {
            predicates = List.copyOf(predicates);
        }
    }

    /** The joined sentences and how many of the split's annotated sentences could not be joined. */
    public record Split(List<Sentence> sentences, int unaligned) {
    }

    private PropBank() {
    }

    /**
     * The sentences of one official split ({@code train}, {@code dev}, {@code test}: the documents
     * of {@code docs/evaluation/ewt.SPLIT.txt}) found in a UD file.
     */
    public static Split read(Path tarGz, Path ud, String split) throws IOException {
        Set<String> docs = new LinkedHashSet<>();
        Map<String, List<String[]>> rows = new HashMap<>();
        TarGz.read(tarGz, (name, in) -> {
            if (name.endsWith("docs/evaluation/ewt." + split + ".txt")) {
                for (String line : lines(in)) {
                    if (!line.isBlank()) {
                        docs.add(docId(line.strip()));
                    }
                }
            } else if (name.endsWith(".gold_skel")) {
                for (String line : lines(in)) {
                    if (!line.isBlank()) {
                        String[] c = line.strip().split("\\s+");
                        rows.computeIfAbsent(docId(c[0]) + "-" + String.format("%04d", Integer.parseInt(c[1]) + 1),
                                k -> new ArrayList<>()).add(c);
                    }
                }
            }
        });
        if (docs.isEmpty()) {
            throw new IOException(tarGz + ": no docs/evaluation/ewt." + split + ".txt");
        }
        List<Sentence> out = new ArrayList<>();
        int unaligned = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (Conllu.Sentence tree : Conllu.read(ud)) {
            String id = tree.sentId();
            if (id == null || !docs.contains(id.substring(0, id.lastIndexOf('-')))) {
                continue;
            }
            List<String[]> skel = rows.get(id);
            if (skel == null) {
                continue;
            }
            seen.add(id);
            if (skel.size() != tree.words().size()) {
                unaligned++;
                continue;
            }
            out.add(new Sentence(id, tree, predicates(skel, tree)));
        }
        for (String id : rows.keySet()) {
            if (!seen.contains(id) && docs.contains(id.substring(0, id.lastIndexOf('-')))) {
                unaligned++;
            }
        }
        return new Split(out, unaligned);
    }

    /** {@code google/ewt/answers/00/X_ans.xml} and {@code answers/00/X_ans.xml} name UD document {@code answers-X_ans}. */
    private static String docId(String path) {
        String[] parts = path.replace(".gold_skel", "").replace(".conllu", "").replace(".xml", "").split("/");
        return parts[parts.length - 3] + "-" + parts[parts.length - 1];
    }

    private static List<Predicate> predicates(List<String[]> skel, Conllu.Sentence tree) {
        List<Integer> predicateRows = new ArrayList<>();
        for (int i = 0; i < skel.size(); i++) {
            if (!skel.get(i)[7].equals("-")) {
                predicateRows.add(i);
            }
        }
        List<Predicate> out = new ArrayList<>();
        for (int k = 0; k < predicateRows.size(); k++) {
            int column = 8 + k;
            List<Argument> args = new ArrayList<>();
            String open = null;
            int start = -1;
            for (int i = 0; i < skel.size(); i++) {
                String cell = skel.get(i).length > column ? skel.get(i)[column] : "*";
                if (cell.startsWith("(")) {
                    open = cell.substring(1, cell.indexOf('*'));
                    start = i;
                }
                if (cell.endsWith(")") && open != null) {
                    if (!open.equals("V") && !open.startsWith("C-V")) {
                        args.add(new Argument(head(tree, start, i), open));
                    }
                    open = null;
                }
            }
            out.add(new Predicate(predicateRows.get(k), skel.get(predicateRows.get(k))[7], args));
        }
        return out;
    }

    /** The span's first word whose head is outside the span. */
    private static int head(Conllu.Sentence tree, int from, int to) {
        for (int i = from; i <= to; i++) {
            int h = tree.words().get(i).head() - 1;
            if (h < from || h > to) {
                return i;
            }
        }
        return from;
    }

    private static List<String> lines(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return r.lines().toList();
    }
}
