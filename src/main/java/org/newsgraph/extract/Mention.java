package org.newsgraph.extract;

/**
 * A mention of an entity in the annotated text. The span follows the gold convention (the whole
 * noun phrase without a leading article or trailing possessive: "US President Barack Obama");
 * the name span is the part that names the entity ("Barack Obama"), used for its label.
 * Offsets are UTF-16 indexes into the text, end exclusive.
 */
public record Mention(int begin, int end, int nameBegin, int nameEnd, EntityType type, int sentence) {

    public Mention {
        if (begin < 0 || end <= begin || nameBegin < begin || nameEnd > end || nameEnd <= nameBegin) {
            throw new IllegalArgumentException("bad mention span " + begin + "-" + end + " name " + nameBegin + "-" + nameEnd);
        }
    }

    public static Mention of(int begin, int end, EntityType type, int sentence) {
        return new Mention(begin, end, begin, end, type, sentence);
    }

    public String text(String document) {
        return document.substring(begin, end);
    }

    public String name(String document) {
        return document.substring(nameBegin, nameEnd);
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
