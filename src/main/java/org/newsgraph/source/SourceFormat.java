package org.newsgraph.source;

/** How an input's bytes are read: by name and content ({@code AUTO}), or as forced. */
public enum SourceFormat {
    AUTO, TEXT, HTML
}
