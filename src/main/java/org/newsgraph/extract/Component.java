package org.newsgraph.extract;

import java.util.Set;

/**
 * One step of the extract stage: reads layers of a {@link Document} and adds its own. The
 * {@link Extractor} runs components in the order of its pipeline list and refuses, when it is
 * built, a list in which a component needs a layer no earlier component adds.
 *
 * <p>To replace a step (a trained recognizer for the rule-based one, another time tagger),
 * implement this interface with the same {@link #name()} and the same {@link #adds()}, and pass
 * it to {@link Extractor#with(Component)}; the components after it read the layer it adds and
 * need not change. A new step gets a new name, is registered in {@link Components} and listed in
 * {@code org/newsgraph/extract/pipeline.txt}. Components may keep per-thread state: an extractor
 * is used by one thread.
 */
public interface Component {

    /** The name used in the pipeline list ("recognizer", "times", ...). */
    String name();

    /** The layers this component reads. */
    Set<Layer<?>> needs();

    /** The layers this component adds; each layer is added by exactly one component. */
    Set<Layer<?>> adds();

    /** Reads {@link #needs()} of {@code doc} and adds {@link #adds()} to it. */
    void process(Document doc);
}
