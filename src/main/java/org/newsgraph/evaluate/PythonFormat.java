package org.newsgraph.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting as the Python reference scorers print it, so the tables agree to the last digit. */
final class PythonFormat {

    private PythonFormat() {
    }

    /** Python's {@code "{:10.2f}".format(v)}: the double's exact value rounded half-even, right-aligned in 10. */
    static String fixed10(double v) {
        String s = new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return " ".repeat(Math.max(0, 10 - s.length())) + s;
    }
}
