package org.newsgraph.query;

/** How query results are printed. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON
}
