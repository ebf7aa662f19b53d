package org.newsgraph.export;

import java.util.Random;

/**
 * A ForceAtlas2-style layout (degree-scaled repulsion through a Barnes-Hut quadtree, linear
 * attraction along edges weighted by the log of their weight, gravity towards the centre), run
 * at export time so that the explorer page only draws: a 20,000-node graph is laid out in
 * seconds here instead of minutes in a browser. Deterministic: the same graph gives the same
 * positions.
 */
final class ForceLayout {

    private static final double REPULSION = 2.0;
    private static final double GRAVITY = 0.05;
    private static final double THETA = 1.2;

    private ForceLayout() {
    }

    /**
     * Positions for {@code n} nodes joined by edges {@code from[i] -> to[i]} of {@code weight[i]};
     * returns {x0, y0, x1, y1, ...}.
     */
    static double[] layout(int n, int[] from, int[] to, double[] weight) {
        double[] pos = new double[2 * n];
        if (n == 0) {
            return pos;
        }
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            mass[i] = 1;
        }
        for (int e = 0; e < from.length; e++) {
            mass[from[e]]++;
            mass[to[e]]++;
        }
        // start on a sunflower spiral: spread evenly, no random overlaps
        double spread = Math.sqrt(n) * 10;
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            double r = spread * Math.sqrt((i + 0.5) / n);
            double a = i * 2.399963229728653 + random.nextDouble() * 0.01;
            pos[2 * i] = r * Math.cos(a);
            pos[2 * i + 1] = r * Math.sin(a);
        }
        int iterations = n > 10_000 ? 60 : n > 2_000 ? 120 : 250;
        double[] force = new double[2 * n];
        double step = spread / 20;
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(force, 0);
            QuadTree tree = QuadTree.build(pos, mass, n);
            for (int i = 0; i < n; i++) {
                tree.repel(i, pos, mass, force);
                // gravity, scaled by mass like the repulsion, so that components stay close
                double x = pos[2 * i];
                double y = pos[2 * i + 1];
                double d = Math.sqrt(x * x + y * y);
                if (d > 0) {
                    force[2 * i] -= GRAVITY * mass[i] * x / d;
                    force[2 * i + 1] -= GRAVITY * mass[i] * y / d;
                }
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                if (a == b) {
                    continue;
                }
                double w = 1 + Math.log(Math.max(1, weight[e]));
                double dx = pos[2 * b] - pos[2 * a];
                double dy = pos[2 * b + 1] - pos[2 * a + 1];
                force[2 * a] += dx * w * 0.1;
                force[2 * a + 1] += dy * w * 0.1;
                force[2 * b] -= dx * w * 0.1;
                force[2 * b + 1] -= dy * w * 0.1;
            }
            // move each node along its force, by at most the step (which cools down)
            for (int i = 0; i < n; i++) {
                double fx = force[2 * i] / mass[i];
                double fy = force[2 * i + 1] / mass[i];
                double f = Math.sqrt(fx * fx + fy * fy);
                if (f > step) {
                    fx *= step / f;
                    fy *= step / f;
                }
                pos[2 * i] += fx;
                pos[2 * i + 1] += fy;
            }
            step *= 0.97;
        }
        return pos;
    }

    /** A Barnes-Hut quadtree over the node positions, with each cell's mass and centre of mass. */
    private static final class QuadTree {
        // flat arrays: cell bounds, mass, centre of mass, children (-1 none), the node of a leaf (-1 none)
        private double[] cx;
        private double[] cy;
        private double[] size;
        private double[] m;
        private double[] mx;
        private double[] my;
        private int[] child;
        private int[] leaf;
        private int cells;

        static QuadTree build(double[] pos, double[] mass, int n) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, pos[2 * i]);
                maxX = Math.max(maxX, pos[2 * i]);
                minY = Math.min(minY, pos[2 * i + 1]);
                maxY = Math.max(maxY, pos[2 * i + 1]);
            }
            QuadTree t = new QuadTree();
            int capacity = 4 * n + 16;
            t.cx = new double[capacity];
            t.cy = new double[capacity];
            t.size = new double[capacity];
            t.m = new double[capacity];
            t.mx = new double[capacity];
            t.my = new double[capacity];
            t.child = new int[4 * capacity];
            t.leaf = new int[capacity];
            t.newCell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1);
            for (int i = 0; i < n; i++) {
                t.insert(0, i, pos, mass, 0);
            }
            return t;
        }

        private int newCell(double x, double y, double half) {
            if (cells == leaf.length) {
                grow();
            }
            int c = cells++;
            cx[c] = x;
            cy[c] = y;
            size[c] = half;
            m[c] = 0;
            mx[c] = 0;
            my[c] = 0;
            leaf[c] = -1;
            java.util.Arrays.fill(child, 4 * c, 4 * c + 4, -1);
            return c;
        }

        private void grow() {
            int capacity = leaf.length * 2;
            cx = java.util.Arrays.copyOf(cx, capacity);
            cy = java.util.Arrays.copyOf(cy, capacity);
            size = java.util.Arrays.copyOf(size, capacity);
            m = java.util.Arrays.copyOf(m, capacity);
            mx = java.util.Arrays.copyOf(mx, capacity);
            my = java.util.Arrays.copyOf(my, capacity);
            child = java.util.Arrays.copyOf(child, 4 * capacity);
            leaf = java.util.Arrays.copyOf(leaf, capacity);
        }

        private void insert(int c, int node, double[] pos, double[] mass, int depth) {
            double x = pos[2 * node];
            double y = pos[2 * node + 1];
            double total = m[c] + mass[node];
            mx[c] = (mx[c] * m[c] + x * mass[node]) / total;
            my[c] = (my[c] * m[c] + y * mass[node]) / total;
            boolean empty = m[c] == 0;
            m[c] = total;
            if (empty) {
                leaf[c] = node;
                return;
            }
            // nodes at (nearly) the same place share a cell rather than splitting forever
            if (depth > 40) {
                return;
            }
            if (leaf[c] >= 0) {
                int old = leaf[c];
                leaf[c] = -1;
                place(c, old, pos, mass, depth);
            }
            place(c, node, pos, mass, depth);
        }

        private void place(int c, int node, double[] pos, double[] mass, int depth) {
            double x = pos[2 * node];
            double y = pos[2 * node + 1];
            int q = (x >= cx[c] ? 1 : 0) + (y >= cy[c] ? 2 : 0);
            int k = child[4 * c + q];
            if (k < 0) {
                double half = size[c] / 2;
                k = newCell(cx[c] + (q % 2 == 1 ? half : -half), cy[c] + (q >= 2 ? half : -half), half);
                child[4 * c + q] = k;
            }
            insert(k, node, pos, mass, depth + 1);
        }

        /** Adds to {@code force} the repulsion on {@code node} from every other node (cells far enough as one). */
        void repel(int node, double[] pos, double[] mass, double[] force) {
            int[] stack = new int[64 * 4];
            int top = 0;
            stack[top++] = 0;
            double x = pos[2 * node];
            double y = pos[2 * node + 1];
            while (top > 0) {
                int c = stack[--top];
                if (m[c] == 0 || leaf[c] == node) {
                    continue;
                }
                double dx = x - mx[c];
                double dy = y - my[c];
                double d2 = dx * dx + dy * dy;
                boolean isLeaf = child[4 * c] < 0 && child[4 * c + 1] < 0 && child[4 * c + 2] < 0 && child[4 * c + 3] < 0;
                if (isLeaf || 4 * size[c] * size[c] < THETA * THETA * d2) {
                    if (d2 < 1e-6) {
                        // coincident: push apart in a direction fixed by the node's index
                        dx = Math.cos(node);
                        dy = Math.sin(node);
                        d2 = 1;
                    }
                    double f = REPULSION * mass[node] * m[c] / d2;
                    force[2 * node] += dx * f;
                    force[2 * node + 1] += dy * f;
                } else {
                    if (top + 4 > stack.length) {
                        stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                    }
                    for (int q = 0; q < 4; q++) {
                        if (child[4 * c + q] >= 0) {
                            stack[top++] = child[4 * c + q];
                        }
                    }
                }
            }
        }
    }
}
