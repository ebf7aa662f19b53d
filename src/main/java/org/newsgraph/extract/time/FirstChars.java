package org.newsgraph.extract.time;

/**
 * The characters a match of a regular expression can start with, read from the expression's text.
 * It over-approximates (anything it does not understand can start a match; every non-ASCII
 * character may), so that the tagger can skip a pattern at a position whose character is not in
 * the set without changing what the pattern finds. Case-insensitive: a letter stands for every
 * ASCII character that Unicode case folding may equate with it.
 */
final class FirstChars {

    private final boolean[] ascii = new boolean[128];

    private FirstChars() {
    }

    /** Whether a match can start with {@code c}. */
    boolean contains(char c) {
        return c >= ascii.length || ascii[c];
    }

    /** The first characters of {@code regex} (Java syntax). */
    static FirstChars of(String regex) {
        FirstChars out = new FirstChars();
        Parser p = new Parser(regex);
        Info i = p.alternation();
        if (p.at < regex.length()) {
            // an unbalanced ')' the parser did not expect: be safe
            i.any = true;
        }
        for (int c = 0; c < out.ascii.length; c++) {
            out.ascii[c] = i.any || i.first[c];
        }
        return out;
    }

    /** What a piece of the expression can start with, and whether it can match the empty string. */
    private static final class Info {
        final boolean[] first = new boolean[128];
        boolean any;
        boolean nullable;

        static Info empty() {
            Info i = new Info();
            i.nullable = true;
            return i;
        }

        static Info anything() {
            Info i = new Info();
            i.any = true;
            return i;
        }

        void add(Info other) {
            any |= other.any;
            for (int c = 0; c < first.length; c++) {
                first[c] |= other.first[c];
            }
        }

        /** Adds {@code c} and every ASCII character that may match it case-insensitively. */
        void addLiteral(int c) {
            for (int t = 0; t < first.length; t++) {
                if (t == c || Character.toUpperCase(t) == Character.toUpperCase(c)
                        || Character.toLowerCase(t) == Character.toLowerCase(c)) {
                    first[t] = true;
                }
            }
        }
    }

    /**
     * The index of the {@code ]} that closes the character class opened at {@code open} in a regex, or -1; a
     * {@code ]} first in the class is a literal, and nested classes are skipped.
     */
    static int classEnd(String regex, int open) {
        int k = open + 1;
        if (k < regex.length() && regex.charAt(k) == '^') {
            k++;
        }
        if (k < regex.length() && regex.charAt(k) == ']') {
            k++;
        }
        int depth = 1;
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return k;
            }
            k++;
        }
        return -1;
    }

    /** Recursive descent over the subset of the syntax the grammar uses; anything else counts as "any character". */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Info alternation() {
            Info out = sequence();
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                Info next = sequence();
                out.add(next);
                out.nullable |= next.nullable;
            }
            return out;
        }

        private Info sequence() {
            Info out = Info.empty();
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Info atom = quantified();
                if (out.nullable) {
                    out.add(atom);
                    out.nullable = atom.nullable;
                }
            }
            return out;
        }

        private Info quantified() {
            Info atom = atom();
            if (at < s.length()) {
                char q = s.charAt(at);
                if (q == '?' || q == '*') {
                    atom.nullable = true;
                    at++;
                } else if (q == '+') {
                    at++;
                } else if (q == '{') {
                    int close = s.indexOf('}', at);
                    if (close < 0) {
                        return Info.anything();
                    }
                    String min = s.substring(at + 1, close).split(",", -1)[0].trim();
                    atom.nullable |= min.isEmpty() || Integer.parseInt(min) == 0;
                    at = close + 1;
                } else {
                    return atom;
                }
                if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                    at++; // lazy or possessive: the same characters
                }
            }
            return atom;
        }

        private Info atom() {
            char c = s.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return charClass();
                }
                case '\\' -> {
                    return escape();
                }
                case '.' -> {
                    at++;
                    return Info.anything();
                }
                case '^', '$' -> {
                    at++;
                    return Info.empty();
                }
                default -> {
                    at++;
                    Info i = new Info();
                    i.addLiteral(c);
                    return i;
                }
            }
        }

        private Info group() {
            at++;
            boolean zeroWidth = false;
            if (s.startsWith("?", at)) {
                if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                    zeroWidth = true;
                    at += 3;
                } else if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                    zeroWidth = true;
                    at += 2;
                } else if (s.startsWith("?<", at)) {
                    at = s.indexOf('>', at) + 1;
                } else {
                    // (?:...), (?-i:...), or inline flags (?i) without a group
                    int i = at + 1;
                    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < s.length() && s.charAt(i) == ')') {
                        at = i + 1;
                        return Info.empty();
                    }
                    if (i >= s.length() || s.charAt(i) != ':') {
                        return Info.anything();
                    }
                    at = i + 1;
                }
            }
            Info inner = alternation();
            if (at >= s.length() || s.charAt(at) != ')') {
                return Info.anything();
            }
            at++;
            return zeroWidth ? Info.empty() : inner;
        }

        private Info escape() {
            if (at + 1 >= s.length()) {
                at++;
                return Info.anything();
            }
            char e = s.charAt(at + 1);
            at += 2;
            Info i = new Info();
            switch (e) {
                case 'Q' -> {
                    int end = s.indexOf("\\E", at);
                    String quoted = end < 0 ? s.substring(at) : s.substring(at, end);
                    at = end < 0 ? s.length() : end + 2;
                    if (quoted.isEmpty()) {
                        return Info.empty();
                    }
                    i.addLiteral(quoted.charAt(0));
                }
                case 'd' -> digits(i);
                case 's' -> whitespace(i);
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                    return Info.empty();
                }
                case 'p', 'P' -> {
                    if (at < s.length() && s.charAt(at) == '{') {
                        at = s.indexOf('}', at) + 1;
                    } else {
                        at++;
                    }
                    return Info.anything();
                }
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        return Info.anything(); // \w, \S, \n, \1, ...: not worth telling apart
                    }
                    i.addLiteral(e);
                }
            }
            return i;
        }

        private Info charClass() {
            int end = classEnd(s, at);
            if (end < 0) {
                return Info.anything();
            }
            String body = s.substring(at + 1, end);
            at = end + 1;
            if (body.startsWith("^") || body.contains("[") || body.contains("&&")) {
                return Info.anything();
            }
            Info i = new Info();
            int k = 0;
            while (k < body.length()) {
                char c = body.charAt(k);
                if (c == '\\' && k + 1 < body.length()) {
                    char e = body.charAt(k + 1);
                    k += 2;
                    if (e == 'd') {
                        digits(i);
                    } else if (e == 's') {
                        whitespace(i);
                    } else if (Character.isLetterOrDigit(e)) {
                        return Info.anything();
                    } else {
                        i.addLiteral(e);
                    }
                } else if (k + 2 < body.length() && body.charAt(k + 1) == '-' && body.charAt(k + 2) != '\\') {
                    char hi = body.charAt(k + 2);
                    if (hi >= 128) {
                        return Info.anything(); // a range beyond ASCII may hold letters that fold to ASCII ones
                    }
                    for (char r = c; r <= hi; r++) {
                        i.addLiteral(r);
                    }
                    k += 3;
                } else {
                    i.addLiteral(c);
                    k++;
                }
            }
            return i;
        }

        private static void digits(Info i) {
            for (char d = '0'; d <= '9'; d++) {
                i.first[d] = true;
            }
        }

        private static void whitespace(Info i) {
            for (char w : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                i.first[w] = true;
            }
        }
    }
}
