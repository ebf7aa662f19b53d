package org.newsgraph.annotate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained tagger, parser and role labeller for English (classpath resources under {@code lang/en/}), each
 * file opening with the provenance it was built from: the training script's version and the
 * SHA-256 digest of every training file, so a test can tell a stale model from a current one.
 */
public final class SyntaxModel {

    static final String TAGGER = "org/newsgraph/lang/en/pos-tagger.bin.gz";
    static final String PARSER = "org/newsgraph/lang/en/dependency-parser.bin.gz";
    static final String ROLES = "org/newsgraph/lang/en/role-labeler.bin.gz";
    private static final int MAGIC = 0x4E475359;
    private static final int FORMAT = 1;

    /** How a model was built: script version, settings, and {@code "sha256  relative/path"} per training file. */
    public record Provenance(String script, String settings, List<String> data) {

        public Provenance {
            data = List.copyOf(data);
        }
    }

    private SyntaxModel() {
    }

    private static final class Holder {
        static final PosTagger TAGGER_MODEL = load(TAGGER, PosTagger::read);
        static final DependencyParser PARSER_MODEL = load(PARSER, DependencyParser::read);
    }

    private static final class RolesHolder {
        static final RoleLabeler ROLES_MODEL = load(ROLES, RoleLabeler::read);
    }

    /** The bundled tagger, loaded once. */
    public static PosTagger tagger() {
        return Holder.TAGGER_MODEL;
    }

    /** The bundled parser, loaded once. */
    public static DependencyParser parser() {
        return Holder.PARSER_MODEL;
    }

    /** The bundled semantic role labeller, loaded once (on first use, apart from the tagger and parser). */
    public static RoleLabeler roles() {
        return RolesHolder.ROLES_MODEL;
    }

    /**
     * The sentence with each token's dependency and the sentence's predicates and their roles, from
     * the bundled tagger, parser and role labeller (the tokens keep their own part of speech).
     */
    public static Sentence parse(Sentence s) {
        List<Token> tokens = s.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        PosTagger.Tags tags = tagger().tag(words);
        DependencyParser.Parse parse = parser().parse(words, tags);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(tokens.get(i).withDependency(parse.heads()[i] - 1, parse.relations()[i]));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), out, roles().label(words, tags, parse));
    }

    /** The provenance recorded in a bundled model ({@link #TAGGER} or {@link #PARSER}). */
    public static Provenance provenance(String resource) {
        try (DataInputStream in = open(resource)) {
            return header(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource + ": " + e.getMessage(), e);
        }
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (DataInputStream in = open(resource)) {
            header(in, resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + resource + ": " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(String resource) throws IOException {
        InputStream raw = SyntaxModel.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IOException("not on the classpath");
        }
        return open(raw);
    }

    static DataInputStream open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    private static DataInputStream open(InputStream raw) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    }

    static Provenance header(DataInputStream in, String name) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException(name + ": not a newsgraph syntax model of format " + FORMAT);
        }
        String script = in.readUTF();
        String settings = in.readUTF();
        int n = in.readInt();
        List<String> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            data.add(in.readUTF());
        }
        return new Provenance(script, settings, data);
    }

    static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String x : strings) {
            out.writeUTF(x);
        }
    }

    static String[] readStrings(DataInputStream in) throws IOException {
        String[] out = new String[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readUTF();
        }
        return out;
    }

    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    static void save(Path file, Provenance provenance, Writer body) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(provenance.script());
            out.writeUTF(provenance.settings());
            out.writeInt(provenance.data().size());
            for (String d : provenance.data()) {
                out.writeUTF(d);
            }
            body.write(out);
        }
    }
}
