package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Entity keys ("person/saddam-hussein"): the type and a slug of the canonical name, so the same
 * name gets the same key in every article and every run.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    public static String of(EntityType type, String name) {
        return type.key() + "/" + slug(name);
    }

    /** Lower case, diacritics folded, runs of other characters as one hyphen. */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "u" + Integer.toHexString(name.hashCode()) : slug;
    }
}
