package org.newsgraph.extract;

/**
 * One statement the text makes, found in one sentence: about an entity (by key), or about a node
 * local to the article ({@code #event-1}, {@code #position-2}, {@code #thing-3}). The kinds are
 * closed: the rdf stage maps each through a {@link Visitor}, so a new kind of fact does not
 * compile until it is mapped, instead of silently producing no RDF.
 */
public sealed interface Fact permits Fact.Event, Fact.Thing, Fact.Trigger, Fact.Link, Fact.Text, Fact.Time, Fact.Former,
        Fact.Argument, Fact.Modality {

    /** An entity key, or an article-local node id starting with '#'. */
    String subject();

    /** Index of the sentence the fact comes from. */
    int sentence();

    <R> R accept(Visitor<R> visitor);

    /** Whether an id names an article-local node rather than an entity. */
    static boolean isLocal(String id) {
        return id.startsWith("#");
    }

    /** One method per kind of fact. */
    interface Visitor<R> {
        R event(Event f);

        R thing(Thing f);

        R trigger(Trigger f);

        R link(Link f);

        R text(Text f);

        R time(Time f);

        R former(Former f);

        R argument(Argument f);

        R modality(Modality f);
    }

    /** The subject is an event of this type; a null type is an event of no class of the taxonomy (plain schema:Event). */
    record Event(String subject, EventType type, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.event(this);
        }
    }

    /** The subject is a described thing (not a named entity), e.g. "150 computer devices". */
    record Thing(String subject, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.thing(this);
        }
    }

    /** The event's trigger word: a stretch of the text (UTF-16 offsets). */
    record Trigger(String subject, int begin, int end, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.trigger(this);
        }
    }

    /** A relation from the subject to another entity or local node. */
    record Link(String subject, Relation relation, String object, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.link(this);
        }
    }

    /** A text value of the subject. */
    record Text(String subject, Attribute attribute, String value, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }
    }

    /** When the event happened. */
    record Time(String subject, TimeExpression time, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.time(this);
        }
    }

    /** The subject (a position) is one its holder no longer has. */
    record Former(String subject, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.former(this);
        }
    }

    /**
     * A semantic argument of the event other than its agent, patient, place and time: its PropBank
     * role ("ARG2", "ARGM-MNR"), its words, and the entity or thing it refers to, or null.
     *
     * @param id the article-local id of the argument's own node
     */
    record Argument(String subject, String id, String role, String text, String ref, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.argument(this);
        }
    }

    /** How firmly the text states that the event (the subject) happened, where that differs from its sentence's claim. */
    record Modality(String subject, Certainty certainty, int sentence) implements Fact {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.modality(this);
        }
    }

    /** What a {@link Link} says; the rdf stage maps each to one property. */
    enum Relation {
        AGENT, PATIENT, INSTRUMENT, LOCATION, PART_OF, HOLDS_POSITION, POSITION_IN, MEMBER_OF, CONTAINED_IN
    }

    /** What a {@link Text} says; the rdf stage maps each to one property. */
    enum Attribute {
        LABEL, JOB_TITLE, ROLE_NAME, CHARACTERIZED_AS,
        /** An event's PropBank roleset ("fall.01"). */
        FRAME
    }
}
