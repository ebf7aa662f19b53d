package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event class of the ontology's taxonomy ({@code ontology/newsgraph.ttl}), as listed in the
 * event-frame table {@code lang/en/events.tsv}: its local name, its CAMEO root code where one
 * exists (CAMEO: Conflict and Mediation Event Observations, Gerner et al.), and the behaviours
 * the event extractor gives it. A new event type is a new ontology class and a new table row; a
 * test checks that the table and the ontology list the same classes with the same codes.
 *
 * @param behaviours the table's behaviour column: {@value #OPERATION}, {@value #MAIN_OPERATION},
 *        {@value #PLACE_PATIENT}, {@value #WITH_PATIENT}, {@value #LIST_OWNER}, {@value #LIST_REMOVAL}
 */
public record EventType(String localName, String cameo, Set<String> behaviours) {

    /** "The raid", "the operation" can refer back to it; "injured during the raid" is part of it. */
    public static final String OPERATION = "operation";
    /** What a definite "the operation" refers to first: the operation a story is about. */
    public static final String MAIN_OPERATION = "main-operation";
    /** A place it acts on is where it happens ("raided the camp"). */
    public static final String PLACE_PATIENT = "place-patient";
    /** With no object, the "with" phrase is the patient ("sided with X"). */
    public static final String WITH_PATIENT = "with-patient";
    /** With no agent, the owner of the list is the agent ("taken off the US list"). */
    public static final String LIST_OWNER = "list-owner";
    /** Taking something off a list triggers it. */
    public static final String LIST_REMOVAL = "list-removal";

    private static final Set<String> KNOWN = Set.of(OPERATION, MAIN_OPERATION, PLACE_PATIENT, WITH_PATIENT, LIST_OWNER, LIST_REMOVAL);

    public EventType {
        behaviours = Set.copyOf(behaviours);
        for (String b : behaviours) {
            if (!KNOWN.contains(b)) {
                throw new IllegalArgumentException("event type " + localName + ": unknown behaviour " + b + "; known: " + KNOWN);
            }
        }
    }

    /** Every event type of the bundled table, in table order. */
    public static List<EventType> all() {
        return List.copyOf(EventFrames.english().types().values());
    }

    /** The event type with this local name in the bundled table; an unknown name is an error. */
    public static EventType named(String localName) {
        EventType t = EventFrames.english().types().get(localName);
        if (t == null) {
            throw new IllegalArgumentException("no event type " + localName + " in events.tsv");
        }
        return t;
    }

    public boolean has(String behaviour) {
        return behaviours.contains(behaviour);
    }

    /** Types of violent or coercive operations that "the raid", "the operation" can refer back to. */
    public boolean isOperation() {
        return has(OPERATION);
    }

    @Override
    public String toString() {
        return localName;
    }

    /** Builds the types of a table, keyed by local name. */
    static Map<String, EventType> index(List<EventType> types) {
        Map<String, EventType> out = new LinkedHashMap<>();
        types.forEach(t -> out.put(t.localName(), t));
        return out;
    }
}
