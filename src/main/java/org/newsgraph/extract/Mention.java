package org.newsgraph.extract;

/**
 * A mention of an entity in the annotated text. The span follows the gold convention (the whole
 * noun phrase without a leading article or trailing possessive: "US President Barack Obama");
 * the name span is the part that names the entity ("Barack Obama"), used for its label.
 * Offsets are UTF-16 indexes into the text, end exclusive.
 *
 * <p>{@code type} is the role the mention plays in its sentence; {@code entityType} the type of
 * the entity it names in the graph. They differ for a country acting as a political or sporting
 * agent ("North Korea fired artillery", "Sweden defeated South Korea"): an organization by role,
 * the same place entity in the graph.
 */
public record Mention(int begin, int end, int nameBegin, int nameEnd, EntityType type, int sentence, EntityType entityType) {

    public Mention {
        if (begin < 0 || end <= begin || nameBegin < begin || nameEnd > end || nameEnd <= nameBegin) {
            throw new IllegalArgumentException("bad mention span " + begin + "-" + end + " name " + nameBegin + "-" + nameEnd);
        }
        if (type == null || entityType == null) {
            throw new IllegalArgumentException("mention without a type");
        }
    }

    /** A mention whose role is the type of the entity it names. */
    public Mention(int begin, int end, int nameBegin, int nameEnd, EntityType type, int sentence) {
        this(begin, end, nameBegin, nameEnd, type, sentence, type);
    }

    public static Mention of(int begin, int end, EntityType type, int sentence) {
        return new Mention(begin, end, begin, end, type, sentence);
    }

    /** The same mention in another role, naming an entity of the same graph type. */
    public Mention withRole(EntityType role) {
        return new Mention(begin, end, nameBegin, nameEnd, role, sentence, entityType);
    }

    public String text(String document) {
        return document.substring(begin, end);
    }

    /** The name as a label: see {@link Labels#clean}. */
    public String name(String document) {
        return Labels.clean(document.substring(nameBegin, nameEnd));
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
