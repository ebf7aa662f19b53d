package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.annotate.TarGz;

/**
 * The ECB+ corpus (Cybulska and Vossen 2014) read from its archive ({@code ECB+/TOPIC/NAME.xml}):
 * each document's tokens and its action mentions, the markables whose tag starts with
 * {@code ACTION_} or {@code NEG_ACTION_} (the corpus's "actions", every class). Only some sentences
 * of a document were annotated; a sentence counts as annotated when any markable (action, time,
 * location or participant) is anchored in it, since the sentence list the annotators validated is
 * not part of the archive.
 */
public final class EcbPlus {

    /** A token: its {@code t_id}, the sentence it belongs to and its text. */
    public record Token(int id, int sentence, String text) {
    }

    /** An action mention: its {@code m_id}, its tag ({@code ACTION_OCCURRENCE}, ...) and its tokens' ids, ascending. */
    public record Action(int id, String type, List<Integer> tokens) {

        public Action {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * One document ({@code 36_1ecb.xml}, {@code 36_1ecbplus.xml}) of a topic: its tokens in text
     * order, its action mentions ordered by first token, and the sentences that were annotated.
     */
    public record Document(String name, int topic, List<Token> tokens, List<Action> actions, Set<Integer> annotated) {

        public Document {
            tokens = List.copyOf(tokens);
            actions = List.copyOf(actions);
            annotated = Set.copyOf(annotated);
        }
    }

    private EcbPlus() {
    }

    /** The documents of the given topics, ordered by topic, then name. */
    public static List<Document> read(Path tarGz, Set<Integer> topics) throws IOException {
        List<Document> out = new ArrayList<>();
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        TarGz.read(tarGz, (name, in) -> {
            String[] parts = name.split("/");
            if (parts.length < 2 || !parts[parts.length - 1].endsWith(".xml")
                    || !parts[parts.length - 2].matches("\\d+")) {
                return;
            }
            int topic = Integer.parseInt(parts[parts.length - 2]);
            if (topics.contains(topic)) {
                try {
                    out.add(document(parts[parts.length - 1], topic, xml.createXMLStreamReader(in)));
                } catch (XMLStreamException | RuntimeException e) {
                    throw new IOException(tarGz + ": " + name + ": " + e.getMessage(), e);
                }
            }
        });
        out.sort(Comparator.comparingInt(Document::topic).thenComparing(Document::name));
        return out;
    }

    /**
     * Topic numbers from a list of numbers and ranges ({@code 36-45}, {@code 1-35,40}).
     *
     * @throws IllegalArgumentException when a part is neither
     */
    public static Set<Integer> topics(String spec) {
        Set<Integer> out = new TreeSet<>();
        for (String part : spec.split(",")) {
            String[] range = part.strip().split("-", 2);
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                for (int t = from; t <= to; t++) {
                    out.add(t);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("topics: '" + part + "' is not a number or a range like 36-45", e);
            }
        }
        return out;
    }

    private static Document document(String name, int topic, XMLStreamReader r) throws XMLStreamException {
        List<Token> tokens = new ArrayList<>();
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        List<Action> actions = new ArrayList<>();
        Set<Integer> annotated = new TreeSet<>();
        boolean inMarkables = false;
        String markable = null;
        int markableId = 0;
        List<Integer> anchors = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("token") && !inMarkables) {
                    int id = Integer.parseInt(r.getAttributeValue(null, "t_id"));
                    int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
                    tokens.add(new Token(id, sentence, r.getElementText()));
                    sentenceOf.put(id, sentence);
                } else if (tag.equals("Markables")) {
                    inMarkables = true;
                } else if (inMarkables && tag.equals("token_anchor")) {
                    anchors.add(Integer.parseInt(r.getAttributeValue(null, "t_id")));
                } else if (inMarkables) {
                    markable = tag;
                    markableId = Integer.parseInt(r.getAttributeValue(null, "m_id"));
                    anchors.clear();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("Markables")) {
                    inMarkables = false;
                } else if (tag.equals(markable)) {
                    for (int t : anchors) {
                        Integer sentence = sentenceOf.get(t);
                        if (sentence == null) {
                            throw new IllegalArgumentException("markable " + markableId + " anchored to no token " + t);
                        }
                        annotated.add(sentence);
                    }
                    if (!anchors.isEmpty() && (markable.startsWith("ACTION_") || markable.startsWith("NEG_ACTION_"))) {
                        actions.add(new Action(markableId, markable, anchors.stream().sorted().toList()));
                    }
                    markable = null;
                }
            }
        }
        actions.sort(Comparator.comparingInt((Action a) -> a.tokens().get(0)).thenComparingInt(Action::id));
        return new Document(name, topic, tokens, actions, annotated);
    }
}
