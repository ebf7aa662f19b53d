package org.newsgraph.store;

/**
 * A writer cannot take this one article (nothing of it was written); the others go on. The
 * message says why.
 */
public class ArticleRefusedException extends RuntimeException {

    public ArticleRefusedException(String message) {
        super(message);
    }
}
