package org.newsgraph.extract;

/**
 * A normalized time: an XSD lexical form at the precision the text allows ({@code 2023-06-20},
 * {@code 1988-07}, {@code 1988}), or only the text when it cannot be resolved without guessing.
 */
public record TimeValue(String lexical, Precision precision) {

    /** How precise a time is; decides its XSD datatype. */
    public enum Precision {
        DAY, MONTH, YEAR, UNRESOLVED
    }

    public boolean resolved() {
        return precision != Precision.UNRESOLVED;
    }
}
