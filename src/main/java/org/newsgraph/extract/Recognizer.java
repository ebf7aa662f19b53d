package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.annotate.AnnotatedText;

/** Finds typed entity mentions in annotated text. Implementations may keep per-thread state. */
public interface Recognizer {

    /** Mentions in text order; nested mentions ("Texas" inside "Irving, Texas") are allowed. */
    List<Mention> recognize(AnnotatedText text);
}
