package org.newsgraph.extract;

/**
 * A typed layer of a {@link Document}: the name a component declares it needs or adds, and the
 * type of the items it holds. Layers are compared by name.
 *
 * @param <T> the type of the layer's items
 */
public record Layer<T>(String name) {

    /** Sentences, tokens and part of speech: what the annotate stage gives every document. */
    public static final Layer<Void> TOKENS = new Layer<>("tokens");
    /** Typed entity mentions, in text order (nested ones allowed). */
    public static final Layer<Mention> MENTIONS = new Layer<>("mentions");
    /** Entities, each with its mentions. */
    public static final Layer<Entity> ENTITIES = new Layer<>("entities");
    /** Normalized time expressions. */
    public static final Layer<TimeExpression> TIMES = new Layer<>("times");
    /** Positions, memberships, containment and characterizations. */
    public static final Layer<Fact> RELATIONS = new Layer<>("relations");
    /** Events with their participants, places and times. */
    public static final Layer<Fact> EVENTS = new Layer<>("events");
    /** The described things (not named entities) that relations and events refer to. */
    public static final Layer<Fact> THINGS = new Layer<>("things");
    /** Who makes each sentence's claims, and how firmly. */
    public static final Layer<Attribution> ATTRIBUTIONS = new Layer<>("attributions");

    @Override
    public String toString() {
        return name;
    }
}
