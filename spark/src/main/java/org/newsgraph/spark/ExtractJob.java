package org.newsgraph.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.Inputs;
import org.newsgraph.source.SourceException;
import scala.Tuple2;

/**
 * Extraction on Apache Spark: reads articles (text, HTML, JSON Lines, gzipped too) from any
 * Hadoop-readable paths, extracts each on the executors with the library {@code ingest} runs, and
 * writes the quads as gzipped N-Quads partitions, which {@code newsgraph load} puts into a store.
 * Each article's quads are the ones {@code ingest} would store for it.
 */
public final class ExtractJob {

    static final String USAGE = "usage: spark-submit --class " + ExtractJob.class.getName()
            + " newsgraph-spark.jar [--partitions N] INPUT... OUTPUT";

    private ExtractJob() {
    }

    /**
     * What a run did.
     *
     * @param failures one line per input that was not extracted, naming it and saying why
     */
    public record Result(long articles, long quads, List<String> failures) {
    }

    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>(Arrays.asList(args));
        int partitions = 0;
        int option = inputs.indexOf("--partitions");
        try {
            if (option >= 0) {
                partitions = Integer.parseInt(inputs.get(option + 1));
                inputs.subList(option, option + 2).clear();
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("--partitions needs a number; " + USAGE);
            System.exit(2);
        }
        if (inputs.size() < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String output = inputs.remove(inputs.size() - 1);
        Result result;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("newsgraph extract"))) {
            result = run(sc, inputs, output, partitions);
        }
        result.failures().forEach(f -> System.err.println("newsgraph: " + f));
        System.out.printf(Locale.ROOT, "%d articles, %d quads, %d failed: N-Quads in %s (load them with: newsgraph load %s)%n",
                result.articles(), result.quads(), result.failures().size(), output, output);
        System.exit(result.failures().isEmpty() ? 0 : 1);
    }

    /**
     * Extracts the articles under {@code inputs} (files, or directories read recursively, taking the
     * file types {@code ingest} takes from a directory) into gzipped N-Quads under {@code output},
     * in about {@code partitions} tasks (0: four per core of the cluster).
     */
    public static Result run(JavaSparkContext sc, List<String> inputs, String output, int partitions) {
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        LongAccumulator articles = sc.sc().longAccumulator("articles");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        CollectionAccumulator<String> failures = sc.sc().collectionAccumulator("failures");
        int tasks = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), tasks)
                .filter(file -> Inputs.hasArticleSuffix(new Path(file._1()).getName()));
        if (files.getNumPartitions() < tasks) {
            // Hadoop packs small files into few splits by their bytes; articles cost by their text, so
            // spread them (the shuffle moves file handles, the executors read the contents)
            files = files.repartition(tasks);
        }
        JavaRDD<String> nquads = files.mapPartitions(new Extract(Instant.now(), articles, quads, failures));
        nquads.saveAsTextFile(output, GzipCodec.class);
        return new Result(articles.value(), quads.value(), List.copyOf(failures.value()));
    }

    /** The source name {@code ingest} gives a file: the path of a local file, else the URI. */
    static String sourceName(String path) {
        URI u = new Path(path).toUri();
        return Input.printable(u.getScheme() == null || "file".equals(u.getScheme()) ? u.getPath() : path);
    }

    /** One partition's files to the N-Quads of their articles, one string per article. */
    static final class Extract implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, String> {
        /** Models load once per executor JVM; a processor is not thread-safe, so each task thread has its own. */
        private static final ThreadLocal<ArticleProcessor> PROCESSORS = ThreadLocal.withInitial(ArticleProcessor::standard);

        private final Instant started;
        private final LongAccumulator articles;
        private final LongAccumulator quads;
        private final CollectionAccumulator<String> failures;

        Extract(Instant started, LongAccumulator articles, LongAccumulator quads, CollectionAccumulator<String> failures) {
            this.started = started;
            this.articles = articles;
            this.quads = quads;
            this.failures = failures;
        }

        @Override
        public Iterator<String> call(Iterator<Tuple2<String, PortableDataStream>> files) {
            ArticleReader reader = new ArticleReader();
            ExtractionRun run = ExtractionRun.startedAt(started);
            return new Iterator<>() {
                private final Deque<String> ready = new ArrayDeque<>();

                @Override
                public boolean hasNext() {
                    while (ready.isEmpty() && files.hasNext()) {
                        Tuple2<String, PortableDataStream> file = files.next();
                        read(sourceName(file._1()), file._2());
                    }
                    return !ready.isEmpty();
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return ready.poll();
                }

                /** Extracts a file's articles (a JSON Lines file's, line by line) into {@code ready}. */
                private void read(String name, PortableDataStream data) {
                    if (!Inputs.isJsonLines(name)) {
                        try (InputStream in = data.open()) {
                            extract(name, () -> reader.read(name, in));
                        } catch (IOException e) {
                            failures.add(name + ": cannot read: " + e.getMessage());
                        }
                        return;
                    }
                    byte[] bytes = data.toArray();
                    List<Inputs.Line> lines;
                    try {
                        lines = Inputs.jsonLines(new ByteArrayInputStream(bytes));
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading bytes in memory", e);
                    }
                    if (lines.isEmpty()) {
                        failures.add(name + ": " + Inputs.EMPTY_JSON_LINES);
                    }
                    for (Inputs.Line l : lines) {
                        String lineName = name + ":" + l.number();
                        byte[] line = Arrays.copyOfRange(bytes, (int) l.offset(), (int) (l.offset() + l.length()));
                        extract(lineName, () -> reader.jsonLine(lineName, line));
                    }
                }

                /**
                 * Extracts one article into {@code ready}, or records why not. Spark may run a
                 * failed task again, so after a retry the counts and failures can hold it twice.
                 */
                private void extract(String name, ArticleSource source) {
                    try {
                        Article article = source.read();
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                        sink.start();
                        int n = PROCESSORS.get().quads(article, run, sink);
                        sink.finish();
                        String text = out.toString(StandardCharsets.UTF_8);
                        // saveAsTextFile ends each article's block with a newline of its own
                        ready.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
                        articles.add(1);
                        quads.add(n);
                    } catch (SourceException e) {
                        failures.add(e.getMessage());
                    } catch (RuntimeException e) {
                        failures.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            };
        }
    }

    /** Reads one article. */
    private interface ArticleSource {
        Article read() throws SourceException;
    }
}
