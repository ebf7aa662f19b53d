package org.newsgraph.extract;

/**
 * A temporal expression in the text with its normalized value: a point, a span ("1980-88": start
 * and end) or an open span ("since 2016": start, {@code ongoing}).
 *
 * @param begin UTF-16 offset of the expression in the text
 * @param end UTF-16 offset after it
 * @param until the end of a span, or null
 */
public record TimeExpression(int begin, int end, String text, int sentence, TimeValue start, TimeValue until,
                             boolean ongoing) {
}
