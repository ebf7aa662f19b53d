package org.newsgraph.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The regular files of a gzipped tar archive (ustar, with GNU long names), read in one pass
 * without unpacking to disk: the corpora are read where they lie.
 */
public final class TarGz {

    /** What to do with one regular file of the archive; {@code in} holds its whole content. */
    public interface Entry {
        void accept(String name, InputStream in) throws IOException;
    }

    private TarGz() {
    }

    /** Hands each regular file of {@code tarGz} to {@code entry}, in archive order. */
    public static void read(Path tarGz, Entry entry) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz), 1 << 16)) {
            byte[] header = new byte[512];
            String longName = null;
            while (in.readNBytes(header, 0, 512) == 512) {
                if (header[0] == 0) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).strip().isEmpty() ? "0" : field(header, 124, 12).strip(), 8);
                byte type = header[156];
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'L') {
                    longName = new String(body, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (longName != null) {
                    name = longName;
                    longName = null;
                }
                if (type == '0' || type == 0) {
                    entry.accept(name, new ByteArrayInputStream(body));
                }
            }
        } catch (NumberFormatException e) {
            throw new IOException(tarGz + ": not a tar archive: " + e.getMessage(), e);
        }
    }

    private static String field(byte[] h, int from, int len) {
        int end = from;
        while (end < from + len && h[end] != 0) {
            end++;
        }
        return new String(h, from, end - from, StandardCharsets.US_ASCII);
    }
}
