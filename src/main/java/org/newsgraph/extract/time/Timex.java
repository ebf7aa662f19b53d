package org.newsgraph.extract.time;

/**
 * A time expression as TimeML marks it: the span (without a leading "in", "since", ...) and its
 * TIMEX3 type and value ({@code 2023-06-20}, {@code 2023-W25}, {@code P3Y}, {@code PRESENT_REF};
 * null when the value needs a publication date that is unknown).
 *
 * @param begin UTF-16 offset of the expression in the text
 * @param end UTF-16 offset after it
 * @param mod TIMEX3 mod ({@code START}, {@code END}, {@code MID}) or null
 * @param from a span's first year when the text gives both ends ("1980-88"), else null
 * @param to a span's last year, else null
 * @param signal the preposition before the expression ("since", "in", ...), lower case, or null
 * @param rule the id of the grammar line that matched
 */
public record Timex(int begin, int end, String text, TimexType type, String value, String mod,
                    String from, String to, String signal, String rule) {
}
