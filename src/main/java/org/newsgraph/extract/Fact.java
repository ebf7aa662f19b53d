package org.newsgraph.extract;

/**
 * One statement the text makes, found in one sentence: about an entity (by key), or about a node
 * local to the article ({@code #event-1}, {@code #position-2}, {@code #thing-3}).
 *
 * @param object a {@link Ref}, a {@link Literal}, a {@link TimeExpression}, a {@link Span},
 *        an {@link EventType}, or a Boolean, as the predicate takes
 */
public record Fact(String subject, Predicate predicate, Object object, int sentence) {

    /** A reference to an entity key or an article-local node id (starting with '#'). */
    public record Ref(String id) {
        public boolean isLocal() {
            return id.startsWith("#");
        }
    }

    /** A plain string value. */
    public record Literal(String text) {
    }

    /** A stretch of the text (UTF-16 offsets), e.g. an event's trigger word. */
    public record Span(int begin, int end) {
    }

    /** What a fact says; the rdf stage maps each to a schema.org or project property. */
    public enum Predicate {
        /** Subject is an event of this {@link EventType}. */
        EVENT_TYPE,
        /** Subject is a described thing (not a named entity), e.g. "150 computer devices". */
        THING,
        LABEL,
        TRIGGER,
        AGENT,
        PATIENT,
        INSTRUMENT,
        LOCATION,
        TIME,
        PART_OF,
        JOB_TITLE,
        HOLDS_POSITION,
        ROLE_NAME,
        POSITION_IN,
        FORMER,
        MEMBER_OF,
        CONTAINED_IN,
        CHARACTERIZED_AS
    }
}
