package io.github.releaseprocess.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Validates a changelog file one chunk, and so one release section, at a time: memory holds the
 * chunk being parsed (about {@link ChangelogParser#DEFAULT_CHUNK_CHARS} characters), the release
 * being checked, and what the rules across releases keep (a version and a line per release, the
 * link reference definitions), never the file, its parse or the list of its releases.
 *
 * <p>The dialect is decided from every heading before any release is built, so the file is read
 * twice: the first pass counts the heading forms and collects the link reference definitions;
 * the second builds each release and checks it as the next heading closes it. A third, cheap
 * read fetches the lines the findings point at, for the caret display. The chunks, the blocks
 * and the rules are the ones {@link Changelog#parse} and
 * {@link ChangelogValidator#validate(Changelog, ValidationOptions)} use, so the findings are the
 * same (tested on the corpus and the fuzz inputs).
 */
final class ChangelogStream {

    /** The most characters the last validation held in its chunk buffer; for tests. */
    static volatile int lastPeakChunkChars;

    private ChangelogStream() {
    }

    static ValidationReport validate(Path file, Dialect requested, ValidationOptions options,
            int chunkChars) throws IOException {
        ChangelogParser parser = ChangelogParser.forChunks(requested, chunkChars);
        ChangelogParser.Votes votes = new ChangelogParser.Votes();
        Map<String, LinkReference> byLabel = new HashMap<>();
        int[] peak = new int[1];
        int lineCount = chunks(file, parser, block -> {
            votes.accept(block);
            if (block.kind() == ChangelogParser.Kind.DEFINITION) {
                LinkReference ref = new LinkReference(block.label(), block.destination(),
                        block.line());
                byLabel.putIfAbsent(ref.normalizedLabel(), ref);
            }
        }, null, peak);
        ChangelogParser.Decision decision = votes.decide(requested);

        ChangelogValidator validator = new ChangelogValidator(decision.dialect(),
                requested == Dialect.AUTO, options,
                label -> java.util.Optional.ofNullable(byLabel.get(LinkReference.normalize(label))));
        int[] releases = new int[1];
        ChangelogParser.Assembler assembler = parser.new Assembler(decision, release -> {
            releases[0]++;
            validator.release(release);
        });
        // Only labels that some definition has matter to the unused-reference rule.
        Set<String> used = new HashSet<>();
        chunks(file, parser, assembler, text -> ChangelogParser.usedLabels(text, label -> {
            if (byLabel.containsKey(label)) {
                used.add(label);
            }
        }), peak);
        assembler.finish();
        List<Finding> findings = validator.finish(decision.recognised(), decision.releaseLike(),
                decision.dialectHeadings(), assembler.firstReleaseLine, assembler.titleFirst,
                assembler.titles, assembler.others, assembler.refs,
                label -> used.contains(LinkReference.normalize(label)));
        lastPeakChunkChars = peak[0];

        Map<Integer, String> lines = new HashMap<>();
        for (Finding f : findings) {
            lines.put(Math.min(f.line(), lineCount), "");
        }
        readLines(file, lines);
        return new ValidationReport(null, decision.dialect(), requested == Dialect.AUTO,
                releases[0], lines::get, lineCount, findings, true);
    }

    /**
     * Parses the file chunk by chunk as {@code ChangelogParser.parseBlocks} does with a whole
     * text, and hands every top-level block to {@code blocks} while its chunk's lines are held.
     *
     * @param texts receives the text of each chunk, when not null
     * @return the number of lines, as {@link SourceText#lineCount()} counts them
     */
    private static int chunks(Path file, ChangelogParser parser, Consumer<
            ChangelogParser.BlockInfo> blocks, Consumer<CharSequence> texts, int[] peak)
            throws IOException {
        try (LineReader in = new LineReader(Files.newInputStream(file))) {
            Chunk buffer = new Chunk(in);
            int start = 1;
            int threshold = parser.chunkChars();
            int line = 2;
            while (true) {
                int candidate = -1;
                int base = buffer.offset(start);
                for (int l = line; buffer.ensure(l); l++) {
                    if (buffer.offset(l) - base >= threshold
                            && ChangelogParser.isSplitLine(buffer.line(l - 1), buffer.line(l))) {
                        candidate = l;
                        break;
                    }
                }
                peak[0] = Math.max(peak[0], buffer.chars());
                if (candidate < 0) {
                    String text = buffer.textFrom(start);
                    parser.addChunkText(text, start - 1, buffer::line, blocks, true);
                    if (texts != null) {
                        texts.accept(text);
                    }
                    return Math.max(buffer.lines(), 1);
                }
                String text = buffer.text(start, candidate);
                if (!parser.addChunkText(text, start - 1, buffer::line, blocks, false)) {
                    threshold = threshold * 2;
                    line = candidate + 1;
                    continue;
                }
                if (texts != null) {
                    texts.accept(text);
                }
                buffer.dropBefore(candidate);
                start = candidate;
                threshold = parser.chunkChars();
                line = candidate + 1;
            }
        }
    }

    /** Fills in the text of the wanted lines (the keys of {@code lines}). */
    private static void readLines(Path file, Map<Integer, String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        TreeMap<Integer, String> wanted = new TreeMap<>(lines);
        int last = wanted.lastKey();
        try (LineReader in = new LineReader(Files.newInputStream(file))) {
            int n = 0;
            while (n < last && in.next()) {
                n++;
                if (wanted.containsKey(n)) {
                    lines.put(n, in.content);
                }
            }
        }
    }

    /** The lines from the start of the chunk being built to the last one read. */
    private static final class Chunk {
        private final LineReader in;
        private final StringBuilder text = new StringBuilder();
        /** Offset in {@link #text} of each held line's start and of its content's end. */
        private int[] starts = new int[1024];
        private int[] ends = new int[1024];
        private int held;
        /** The line number of the first held line. */
        private int first = 1;
        private boolean eof;

        Chunk(LineReader in) {
            this.in = in;
        }

        /** Reads up to line {@code l}; false when the file has fewer lines. */
        boolean ensure(int l) throws IOException {
            while (first + held <= l) {
                if (eof || !in.next()) {
                    eof = true;
                    return false;
                }
                if (held == starts.length) {
                    starts = Arrays.copyOf(starts, held * 2);
                    ends = Arrays.copyOf(ends, held * 2);
                }
                starts[held] = text.length();
                text.append(in.content);
                ends[held] = text.length();
                text.append(in.terminator);
                held++;
            }
            return true;
        }

        /** Offset of line {@code l}'s start; the end of the text for the line after the last. */
        int offset(int l) {
            int i = l - first;
            return i < held ? starts[i] : text.length();
        }

        String line(int l) {
            int i = l - first;
            return text.substring(starts[i], ends[i]);
        }

        String text(int from, int to) {
            return text.substring(offset(from), offset(to));
        }

        String textFrom(int from) {
            return text.substring(offset(from));
        }

        int chars() {
            return text.length();
        }

        /** The number of lines read so far. */
        int lines() {
            return first - 1 + held;
        }

        void dropBefore(int l) {
            int k = l - first;
            int cut = starts[k];
            text.delete(0, cut);
            for (int i = k; i < held; i++) {
                starts[i - k] = starts[i] - cut;
                ends[i - k] = ends[i] - cut;
            }
            held -= k;
            first = l;
        }
    }

    /**
     * The lines of a UTF-8 file, as {@link SourceText} counts them: they end at {@code \n},
     * {@code \r\n} or a lone {@code \r}, a final line ending opens no line, a leading BOM is
     * skipped, and bytes that are not UTF-8 decode to U+FFFD.
     */
    static final class LineReader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean started;
        private byte[] line = new byte[256];
        private int length;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        /** The last line read, without its line ending. */
        String content;
        /** Its line ending as written; empty for a last line without one. */
        String terminator;

        LineReader(InputStream in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            pos = 0;
            limit = Math.max(0, in.readNBytes(buffer, 0, buffer.length));
            return limit > 0;
        }

        boolean next() throws IOException {
            if (!started) {
                started = true;
                if (fill() && limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
                        && buffer[2] == (byte) 0xBF) {
                    pos = 3;
                }
            }
            length = 0;
            boolean ascii = true;
            while (true) {
                if (pos == limit && !fill()) {
                    if (length == 0) {
                        return false;
                    }
                    content = decode(ascii);
                    terminator = "";
                    return true;
                }
                int i = pos;
                while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
                    ascii &= buffer[i] >= 0;
                    i++;
                }
                append(pos, i);
                if (i == limit) {
                    pos = limit;
                    continue;
                }
                byte c = buffer[i];
                pos = i + 1;
                if (c == '\n') {
                    terminator = "\n";
                } else if ((pos < limit || fill()) && buffer[pos] == '\n') {
                    pos++;
                    terminator = "\r\n";
                } else {
                    terminator = "\r";
                }
                content = decode(ascii);
                return true;
            }
        }

        private void append(int from, int to) {
            int n = to - from;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buffer, from, line, length, n);
            length += n;
        }

        private String decode(boolean ascii) {
            if (ascii) {
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            try {
                decoder.reset();
                return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("a replacing decoder cannot fail", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
