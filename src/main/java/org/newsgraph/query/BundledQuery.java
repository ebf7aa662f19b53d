package org.newsgraph.query;

import java.util.List;

/**
 * A SPARQL query shipped in {@code queries/}: its first comment line describes it, and
 * {@code # @param NAME description} lines declare the parameters it expects.
 */
public record BundledQuery(String name, String description, List<Parameter> parameters, String sparql) {

    public BundledQuery {
        parameters = List.copyOf(parameters);
    }

    /** A declared parameter. */
    public record Parameter(String name, String description) {
    }

    /** Parses a query file's text; {@code name} is the file name without {@code .rq}. */
    public static BundledQuery parse(String name, String sparql) {
        String description = "";
        List<Parameter> params = new java.util.ArrayList<>();
        for (String line : sparql.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (!l.isEmpty()) {
                    break;
                }
                continue;
            }
            String comment = l.substring(1).strip();
            if (comment.startsWith("@param ")) {
                String[] parts = comment.substring(7).strip().split("\\s+", 2);
                params.add(new Parameter(parts[0], parts.length > 1 ? parts[1] : ""));
            } else if (description.isEmpty() && !comment.isEmpty()) {
                description = comment;
            }
        }
        return new BundledQuery(name, description, params, sparql);
    }
}
