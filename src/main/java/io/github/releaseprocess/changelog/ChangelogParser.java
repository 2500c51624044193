package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Builds a {@link Changelog} from the top-level blocks of the CommonMark tree. */
final class ChangelogParser {

    /**
     * Immutable and thread-safe (commonmark-java builds a fresh parse state per call). The rules
     * read headings and entries from the source lines the block spans point at, so inline
     * parsing, half of commonmark's time on a large file, is skipped, and only the blocks carry
     * source spans (the lines handed to the skipped inline parser need none); link reference
     * definitions are block-level and still recognised, with their spans. Built on first use:
     * a file whose sections are all in the plain form (decision 0030) loads none of it.
     */
    private static final class Commonmark {
        static final Parser PARSER = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .inlineParserFactory(context -> (lines, node) -> { })
                .build();
    }

    private static final Pattern SEED_STRICT = Pattern.compile(
            "Version (?<label>\\S+)(?: - (?<date>\\S+))?(?<yanked> \\[YANKED\\])?");
    /** {@code [1.2.0](url) (2023-01-01)} or {@code v1.2.0 (2023-01-01)}: conventional-changelog, commitizen. */
    private static final Pattern PAREN_STRICT = Pattern.compile("(?:\\[(?<blabel>v?\\d[^\\]\\s]*)\\]"
            + "\\((?<url>[^)\\s]*)\\)|(?<label>v?\\d[^\\s\\[\\]()]*)) \\((?<date>[^)]*)\\)");
    private static final Pattern PAREN_LOOSE = Pattern.compile("^\\[?v?\\d+\\.\\d+[^\\s\\]]*\\]?"
            + "(?:\\([^)\\s]*\\))?\\s*\\(\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}\\)");
    private static final Pattern SEED_LOOSE = Pattern.compile("^Version\\s");
    private static final Pattern UNRELEASED_WORD = Pattern.compile("(?i)\\bunreleased\\b");
    private static final Pattern VERSION_LIKE = Pattern.compile(
            "(?<![\\w.])[vV]?(\\d+\\.\\d[0-9A-Za-z.+-]*)");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?<!\\d)\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?!\\d)");
    /** The longest label {@link #usedLabels} takes, as CommonMark's link label limit. */
    private static final int MAX_LABEL = 999;
    private static final Set<String> CONVENTIONAL_TITLES = Set.copyOf(Dialect.CONVENTIONAL_SECTIONS);
    private static final Set<String> COMMITIZEN_TITLES = Set.copyOf(Dialect.COMMITIZEN_SECTIONS);

    /** Characters per commonmark parse; see {@link #parseBlocks}. */
    static final int DEFAULT_CHUNK_CHARS = 256 * 1024;

    /** The whole text (in memory), or null when the file is read in chunks ({@link ChangelogStream}). */
    private final SourceText source;
    private final Dialect requested;
    private final int chunkChars;
    private final boolean plain;
    /** The text of a 1-based line: of the whole source, or of the chunk being looked at. */
    private IntFunction<String> lineAt;
    /** Lines before the chunk of the block being looked at: spans count from the chunk. */
    private int offset;

    ChangelogParser(SourceText source, Dialect requested) {
        this(source, requested, DEFAULT_CHUNK_CHARS);
    }

    ChangelogParser(SourceText source, Dialect requested, int chunkChars) {
        this(source, requested, chunkChars, true);
    }

    /**
     * @param plain whether chunks in the plain form are read by {@link PlainBlocks} (decision
     *     0030); without, every chunk goes to commonmark-java (tests compare the two)
     */
    ChangelogParser(SourceText source, Dialect requested, int chunkChars, boolean plain) {
        this.source = source;
        this.requested = requested;
        this.chunkChars = chunkChars;
        this.plain = plain;
        this.lineAt = source == null ? null : source::line;
    }

    /** A parser without a whole text: {@link ChangelogStream} hands it one chunk at a time. */
    static ChangelogParser forChunks(Dialect requested, int chunkChars) {
        return new ChangelogParser(null, requested, chunkChars);
    }

    Dialect requested() {
        return requested;
    }

    int chunkChars() {
        return chunkChars;
    }

    /**
     * The top-level blocks, parsed in chunks of about {@link #chunkChars} characters so a large
     * file costs linear time and bounded working memory. A chunk ends before a line that starts
     * with {@code ## } after a blank line; that heading starts a top-level block in any case,
     * unless a top-level fenced code block or an HTML block of kind 1 to 5 is still open: when
     * the chunk ends in an unclosed fence or in any HTML block, it takes in the next chunk. The
     * result equals one parse of the whole text (tested on the corpus and on every fuzz input).
     */
    private void parseBlocks(Consumer<BlockInfo> blocks) {
        if (plain) {
            parseSections(blocks);
            return;
        }
        String text = source.text();
        int[] bounds = chunkStarts();
        int chunks = bounds.length - 1;
        // One thread, chunk after chunk: on two cores a second parse thread only competed with
        // the JIT's compiler threads, which a user's JVM (C2) keeps busy through this goal, and
        // cost more CPU for no less wall time (bench/README.md, validate-changelog).
        for (int k = 0; k < chunks; ) {
            int end = k + 1;
            Node doc = Commonmark.PARSER.parse(chunkText(text, bounds, k, end));
            // A chunk that ends in an open fence or HTML block takes in the next one (rare).
            while (end < chunks && endsOpen(doc)) {
                end++;
                doc = Commonmark.PARSER.parse(chunkText(text, bounds, k, end));
            }
            add(doc, bounds[k] - 1, blocks);
            k = end;
        }
    }

    /**
     * {@link #parseBlocks} section by section (a section starts at every line a chunk may start
     * at): a section in the plain form is read by {@link PlainBlocks} (decision 0030); the others
     * go to commonmark-java together, up to the next plain section or about {@link #chunkChars}
     * characters, and take in more sections while their parse ends open.
     */
    private void parseSections(Consumer<BlockInfo> blocks) {
        String text = source.text();
        boolean plainEndings = !PlainBlocks.loneCarriageReturn(text);
        int[] bounds = sectionStarts();
        int sections = bounds.length - 1;
        int[] next = null;
        for (int k = 0; k < sections; ) {
            int from = sectionStart(bounds, k);
            int[] plain = next != null ? next : plainEndings
                    ? PlainBlocks.scan(text, from, sectionStart(bounds, k + 1)) : null;
            next = null;
            if (plain != null) {
                addPlain(plain, bounds[k] - 1, blocks);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < sections && sectionStart(bounds, end) - from < chunkChars) {
                next = plainEndings ? PlainBlocks.scan(text, sectionStart(bounds, end),
                        sectionStart(bounds, end + 1)) : null;
                if (next != null) {
                    break;
                }
                end++;
            }
            Node doc = Commonmark.PARSER.parse(text.substring(from, sectionStart(bounds, end)));
            // Ending in an open fence or HTML block, it takes in the next sections (rare): as
            // many again as it holds, so that a file-long fence costs linear time.
            while (end < sections && endsOpen(doc)) {
                next = null;
                int want = 2 * (sectionStart(bounds, end) - from);
                do {
                    end++;
                } while (end < sections && sectionStart(bounds, end) - from < want);
                doc = Commonmark.PARSER.parse(text.substring(from, sectionStart(bounds, end)));
            }
            add(doc, bounds[k] - 1, blocks);
            k = end;
        }
    }

    /** Where section {@code k} starts in the text; the text's length past the last. */
    private int sectionStart(int[] bounds, int k) {
        return k == bounds.length - 1 ? source.text().length()
                : source.charOffsetOfLine(bounds[k]);
    }

    /** Line 1, every line a chunk may start at, then one past the last line. */
    private int[] sectionStarts() {
        String text = source.text();
        int lines = source.lineCount();
        int[] starts = new int[1024];
        int n = 0;
        starts[n++] = 1;
        for (int l = 2; l <= lines; l++) {
            int at = source.charOffsetOfLine(l);
            if (at + 1 < text.length() && text.charAt(at) == '#' && text.charAt(at + 1) == '#'
                    && isSplitLine(l)) {
                if (n + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[n++] = l;
            }
        }
        starts[n++] = lines + 1;
        return Arrays.copyOf(starts, n);
    }

    /**
     * The first line of each chunk: line 1, then, about {@link #chunkChars} characters further
     * each time, the next line a chunk may start at ({@link #isSplitLine(String, String)}); then
     * one past the last line.
     */
    private int[] chunkStarts() {
        int lines = source.lineCount();
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 1;
        int base = 0;
        for (int l = 2; l <= lines; l++) {
            int at = source.charOffsetOfLine(l);
            if (at - base >= chunkChars && isSplitLine(l)) {
                if (n + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[n++] = l;
                base = at;
            }
        }
        starts[n++] = lines + 1;
        return Arrays.copyOf(starts, n);
    }

    /** The text of chunks {@code from} to {@code to} (exclusive); the last runs to the end. */
    private String chunkText(String text, int[] bounds, int from, int to) {
        int begin = source.charOffsetOfLine(bounds[from]);
        return to == bounds.length - 1 ? text.substring(begin)
                : text.substring(begin, source.charOffsetOfLine(bounds[to]));
    }

    private boolean isSplitLine(int line) {
        return isSplitLine(source.line(line - 1), source.line(line));
    }

    /** Whether a chunk may end before {@code text}, given the line before it. */
    static boolean isSplitLine(String before, String text) {
        if (!text.startsWith("##") || !before.isBlank()) {
            return false;
        }
        return text.length() == 2 || text.charAt(2) == ' ' || text.charAt(2) == '\t';
    }

    /** Whether a chunk's parse ends inside a fenced code block or an HTML block. */
    static boolean endsOpen(Node doc) {
        Node last = doc.getLastChild();
        return last instanceof HtmlBlock || last instanceof FencedCodeBlock f
                && f.getClosingFenceLength() == null;
    }

    static Node parseChunk(String text) {
        return Commonmark.PARSER.parse(text);
    }

    /**
     * Hands the top-level blocks of one parsed chunk to {@code blocks}; {@code lines} gives the
     * text of the chunk's lines (numbered in the file) while they are looked at.
     */
    void addChunk(Node doc, int lineOffset, IntFunction<String> lines, Consumer<BlockInfo> blocks) {
        this.lineAt = lines;
        add(doc, lineOffset, blocks);
    }

    /**
     * Hands on the blocks of one chunk's text, read by {@link PlainBlocks} when it is in the plain
     * form and parsed by commonmark-java otherwise; {@code lines} gives the text of the chunk's
     * lines (numbered in the file).
     *
     * @param last whether the chunk ends the file; a chunk that does not and whose parse ends in
     *     an open fence or HTML block hands on nothing
     * @return false when nothing was handed on: the caller takes a longer chunk
     */
    boolean addChunkText(String text, int lineOffset, IntFunction<String> lines,
            Consumer<BlockInfo> blocks, boolean last) {
        int[] plain = PlainBlocks.scan(text);
        if (plain != null) {
            addPlainChunk(plain, lineOffset, lines, blocks);
            return true;
        }
        Node doc = parseChunk(text);
        if (!last && endsOpen(doc)) {
            return false;
        }
        addChunk(doc, lineOffset, lines, blocks);
        return true;
    }

    /**
     * Hands on the blocks {@link PlainBlocks#scan} found in one chunk, as {@link #add} does with
     * the ones commonmark-java found; {@code lines} gives the text of the chunk's lines.
     */
    void addPlainChunk(int[] plain, int lineOffset, IntFunction<String> lines,
            Consumer<BlockInfo> blocks) {
        this.lineAt = lines;
        addPlain(plain, lineOffset, blocks);
    }

    private void addPlain(int[] plain, int lineOffset, Consumer<BlockInfo> blocks) {
        for (int i = 0; i < plain.length; ) {
            int kind = plain[i] & 0xFF;
            int level = plain[i] >>> 8;
            int line = lineOffset + plain[i + 1];
            int last = lineOffset + plain[i + 2];
            int n = plain[i + 3];
            i += 4;
            switch (kind) {
                case PlainBlocks.HEADING -> blocks.accept(new BlockInfo(Kind.HEADING, level, line,
                        last, headingText(line), null, null, null));
                case PlainBlocks.LIST -> {
                    int[] items = new int[n];
                    for (int j = 0; j < n; j++) {
                        items[j] = lineOffset + plain[i + j];
                    }
                    blocks.accept(new BlockInfo(Kind.LIST, 0, line, last, null, items, null, null));
                }
                case PlainBlocks.DEFINITION -> {
                    String raw = lineAt.apply(line);
                    int dest = PlainBlocks.definition(raw, 0, raw.length());
                    blocks.accept(new BlockInfo(Kind.DEFINITION, 0, line, last, null, null,
                            raw.substring(1, dest - 3), raw.substring(dest)));
                }
                default -> blocks.accept(new BlockInfo(Kind.PARAGRAPH, 0, line, last, null, null,
                        null, null));
            }
            i += n;
        }
    }

    private void add(Node doc, int lineOffset, Consumer<BlockInfo> blocks) {
        offset = lineOffset;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            int line = firstLine(n);
            if (n instanceof ListBlock) {
                int count = 0;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    count++;
                }
                int[] items = new int[count * 2];
                int i = 0;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    items[i] = firstLine(item);
                    items[i + 1] = lastLine(item, items[i]);
                    i += 2;
                }
                // The list ends where its own spans or its last item (already walked) end.
                int last = Math.max(lastSpanLine(n, line), count > 0 ? items[i - 1] : line);
                blocks.accept(new BlockInfo(Kind.LIST, 0, line, last, null, items, null, null));
                continue;
            }
            int last = lastLine(n, line);
            if (n instanceof Heading h) {
                blocks.accept(new BlockInfo(Kind.HEADING, h.getLevel(), line, last,
                        headingText(line), null, null, null));
            } else if (n instanceof LinkReferenceDefinition d) {
                blocks.accept(new BlockInfo(Kind.DEFINITION, 0, line, last, null, null, d.getLabel(),
                        d.getDestination()));
            } else {
                Kind kind = n instanceof Paragraph ? Kind.PARAGRAPH
                        : n instanceof HtmlBlock ? Kind.HTML : Kind.OTHER;
                blocks.accept(new BlockInfo(kind, 0, line, last, null, null, null, null));
            }
        }
    }

    enum Kind { HEADING, LIST, PARAGRAPH, HTML, DEFINITION, OTHER }

    /**
     * What the rules need of a top-level block, taken from the commonmark node as soon as its
     * chunk is parsed, so the trees of earlier chunks can be collected.
     *
     * @param items first and last line of each list item, in pairs (lists only)
     */
    record BlockInfo(Kind kind, int level, int line, int last, HeadingText heading,
            int[] items, String label, String destination) {
    }

    /**
     * The top-level blocks of a whole text, held from the heading votes until the dialect is
     * decided and the releases are assembled: a few int arrays instead of several objects per
     * block, which every young collection would copy again (a 10 MB file has some 240,000
     * blocks). A block is handed on as a fresh {@link BlockInfo}, its heading text read again
     * from its line; link reference definitions, a few per release, are kept as they are.
     */
    private final class BlockList {
        /** Per block: kind and level, first line, last line, and where its items or definition are. */
        private static final int WIDTH = 5;
        private static final Kind[] KINDS = Kind.values();
        private int[] blocks = new int[WIDTH * 1024];
        private int size;
        private int[] items = new int[1024];
        private int itemCount;
        private final List<BlockInfo> definitions = new ArrayList<>();

        void add(BlockInfo b) {
            if (size + WIDTH > blocks.length) {
                blocks = Arrays.copyOf(blocks, blocks.length * 2);
            }
            blocks[size] = b.kind.ordinal() | b.level << 8;
            blocks[size + 1] = b.line;
            blocks[size + 2] = b.last;
            if (b.kind == Kind.LIST) {
                if (itemCount + b.items.length > items.length) {
                    items = Arrays.copyOf(items, Math.max(items.length * 2,
                            itemCount + b.items.length));
                }
                System.arraycopy(b.items, 0, items, itemCount, b.items.length);
                blocks[size + 3] = itemCount;
                blocks[size + 4] = b.items.length;
                itemCount += b.items.length;
            } else if (b.kind == Kind.DEFINITION) {
                blocks[size + 3] = definitions.size();
                definitions.add(b);
            }
            size += WIDTH;
        }

        void forEach(Consumer<BlockInfo> to) {
            for (int i = 0; i < size; i += WIDTH) {
                Kind kind = KINDS[blocks[i] & 0xFF];
                int level = blocks[i] >>> 8;
                int line = blocks[i + 1];
                int last = blocks[i + 2];
                to.accept(switch (kind) {
                    case HEADING -> new BlockInfo(kind, level, line, last, headingText(line), null,
                            null, null);
                    case LIST -> new BlockInfo(kind, level, line, last, null, Arrays.copyOfRange(
                            items, blocks[i + 3], blocks[i + 3] + blocks[i + 4]), null, null);
                    case DEFINITION -> definitions.get(blocks[i + 3]);
                    default -> new BlockInfo(kind, level, line, last, null, null, null, null);
                });
            }
        }
    }

    /** Heading text and the 1-based column where it starts. */
    private record HeadingText(String text, int column) {
    }

    /** What a level-2 heading says, before it becomes a {@link Release}. */
    private record ReleaseHeading(boolean unreleased, String versionText, int versionColumn,
            String dateText, int dateColumn, boolean yanked, boolean wellFormed, boolean bracketed,
            String link) {

        ReleaseHeading(boolean unreleased, String versionText, int versionColumn, String dateText,
                int dateColumn, boolean yanked, boolean wellFormed, boolean bracketed) {
            this(unreleased, versionText, versionColumn, dateText, dateColumn, yanked, wellFormed,
                    bracketed, null);
        }
    }

    private final class ReleaseBuilder {
        final int line;
        final HeadingText heading;
        final ReleaseHeading parsed;
        int lastLine;
        final List<Section> sections = new ArrayList<>();
        final List<Integer> summary = new ArrayList<>();
        final List<Integer> loose = new ArrayList<>();
        SectionBuilder section;

        ReleaseBuilder(int line, HeadingText heading, ReleaseHeading parsed) {
            this.line = line;
            this.heading = heading;
            this.parsed = parsed;
            this.lastLine = line;
        }

        void closeSection() {
            if (section != null) {
                sections.add(section.build());
                section = null;
            }
        }

        Release build() {
            closeSection();
            Optional<Version> version = parsed.unreleased ? Optional.empty()
                    : Version.tryParse(parsed.versionText);
            return new Release(line, heading.text, heading.column, parsed.unreleased,
                    parsed.versionText, parsed.versionColumn, version,
                    Optional.ofNullable(parsed.dateText), parsed.dateColumn,
                    parseDate(parsed.dateText), parsed.yanked, parsed.wellFormed, parsed.bracketed,
                    Optional.ofNullable(parsed.link), lastLine, sections, summary, loose);
        }
    }

    private static final class SectionBuilder {
        final HeadingText heading;
        final int line;
        int lastLine;
        final List<Entry> entries = new ArrayList<>();
        final List<Integer> strays = new ArrayList<>();

        SectionBuilder(int line, HeadingText heading) {
            this.line = line;
            this.heading = heading;
            this.lastLine = line;
        }

        Section build() {
            return new Section(heading.text, SectionType.ofTitle(heading.text), line,
                    heading.column, lastLine, entries, strays);
        }
    }

    Changelog parse() {
        List<BlockInfo> blocks = new ArrayList<>();
        parseBlocks(blocks::add);
        Votes votes = new Votes();
        blocks.forEach(votes);
        Decision decision = votes.decide(requested);
        List<Release> releases = new ArrayList<>();
        Assembler assembler = new Assembler(decision, releases::add);
        blocks.forEach(assembler);
        assembler.finish();
        return new Changelog(source, decision.dialect, requested, decision.recognised,
                decision.releaseLike, decision.dialectHeadings, assembler.titleFirst,
                assembler.titles, assembler.others, releases, assembler.refs, assembler.byLabel,
                usedLabels(), assembler.firstReleaseLine);
    }

    /**
     * Parses and validates the whole text in one go, as {@link Changelog#parse} then
     * {@link ChangelogValidator#validate(Changelog, ValidationOptions)} do, with the same
     * findings, but checks each release as the next heading closes it and keeps none: a large
     * file's releases, sections and entries are never all in memory at once, only its text and
     * the top-level blocks (each dropped once assembled).
     */
    ValidationReport validate(ValidationOptions options) {
        BlockList blocks = new BlockList();
        Votes votes = new Votes();
        Map<String, LinkReference> byLabel = new HashMap<>();
        parseBlocks(block -> {
            votes.accept(block);
            if (block.kind == Kind.DEFINITION) {
                LinkReference ref = new LinkReference(block.label, block.destination, block.line);
                byLabel.putIfAbsent(ref.normalizedLabel(), ref);
            }
            blocks.add(block);
        });
        Decision decision = votes.decide(requested);
        boolean detected = requested == Dialect.AUTO;
        ChangelogValidator validator = new ChangelogValidator(decision.dialect, detected, options,
                label -> Optional.ofNullable(byLabel.get(LinkReference.normalize(label))));
        int[] releases = new int[1];
        Assembler assembler = new Assembler(decision, release -> {
            releases[0]++;
            validator.release(release);
        });
        blocks.forEach(assembler);
        assembler.finish();
        // Only labels that some definition has matter to the unused-reference rule.
        Set<String> used = new HashSet<>();
        usedLabels(source.text(), label -> {
            if (byLabel.containsKey(label)) {
                used.add(label);
            }
        });
        List<Finding> findings = validator.finish(decision.recognised, decision.releaseLike,
                decision.dialectHeadings, assembler.firstReleaseLine, assembler.titleFirst,
                assembler.titles, assembler.others, assembler.refs,
                label -> used.contains(LinkReference.normalize(label)));
        return new ValidationReport(null, decision.dialect, detected, releases[0], source::line,
                source.lineCount(), findings, false);
    }

    /** The dialect and the counts it was decided from. */
    record Decision(Dialect dialect, boolean recognised, int releaseLike, int dialectHeadings) {

        boolean parenForm() {
            return dialect == Dialect.CONVENTIONAL_CHANGELOG || dialect == Dialect.COMMITIZEN;
        }
    }

    /** Counts the heading forms of every block; a few integers, whatever the file's size. */
    static final class Votes implements Consumer<BlockInfo> {
        private int kac;
        private int seed;
        private int paren;
        private int linked;
        private int conventionalTitles;
        private int commitizenTitles;
        private int bareUnreleased;
        private int releaseLike;

        @Override
        public void accept(BlockInfo n) {
            if (n.kind != Kind.HEADING || n.level > 3) {
                return;
            }
            String text = n.heading.text;
            boolean p = parenLoose(text);
            paren += p ? 1 : 0;
            linked += p && text.startsWith("[") ? 1 : 0;
            if (n.level == 3) {
                conventionalTitles += CONVENTIONAL_TITLES.contains(text) ? 1 : 0;
                commitizenTitles += COMMITIZEN_TITLES.contains(text) ? 1 : 0;
            }
            if (n.level != 2) {
                releaseLike += p ? 1 : 0;
                return;
            }
            boolean k = HeadingScans.kacLoose(text);
            boolean s = text.startsWith("Version") && SEED_LOOSE.matcher(text).find();
            kac += k ? 1 : 0;
            seed += s ? 1 : 0;
            bareUnreleased += text.equals("Unreleased") ? 1 : 0;
            if (k || s || p || UNRELEASED_WORD.matcher(text).find()
                    || VERSION_LIKE.matcher(text).find()) {
                releaseLike++;
            }
        }

        Decision decide(Dialect requested) {
            // A bare "## Unreleased" is the seed form, but alone it decides nothing: a file whose
            // other headings are "## 1.2.3" is in neither form.
            boolean onlyUnreleased = bareUnreleased > 0 && releaseLike == bareUnreleased;
            int seedVotes = seed + (seed > 0 || onlyUnreleased ? bareUnreleased : 0);
            Dialect dialect;
            boolean parenDecided = false;
            if (requested != Dialect.AUTO && requested != Dialect.NONE) {
                dialect = requested;
            } else if (paren > kac && paren > seedVotes && (linked > 0 || conventionalTitles > 0
                    || commitizenTitles > 0)) {
                // Both write "## 1.2.0 (2023-01-01)"; commitizen never links it, and titles its
                // sections after the commit types (Feat, Fix) where the others write Features. A
                // hand-written "## 1.2.0 (2023-01-01)" with neither is in no form the plugin knows.
                dialect = linked == 0 && commitizenTitles > conventionalTitles ? Dialect.COMMITIZEN
                        : Dialect.CONVENTIONAL_CHANGELOG;
                parenDecided = true;
            } else {
                dialect = seedVotes > kac ? Dialect.SEED : Dialect.KEEPACHANGELOG;
            }
            boolean recognised = requested != Dialect.AUTO || releaseLike == 0 || parenDecided
                    || Math.max(kac, seedVotes) > 0;
            int dialectHeadings = dialect == Dialect.SEED ? seedVotes
                    : dialect == Dialect.COMMITIZEN ? paren + bareUnreleased
                    : dialect == Dialect.CONVENTIONAL_CHANGELOG ? paren : kac;
            return new Decision(dialect, recognised, releaseLike, dialectHeadings);
        }
    }

    /**
     * Turns blocks into titles, other headings, link references and releases once the dialect is
     * decided; hands each release to {@code releases} as soon as the next heading closes it, so a
     * caller that does not keep them holds one release at a time.
     */
    final class Assembler implements Consumer<BlockInfo> {
        private final Dialect dialect;
        private final boolean parenForm;
        private final Consumer<Release> releases;
        final List<Changelog.Heading> titles = new ArrayList<>();
        final List<Changelog.Heading> others = new ArrayList<>();
        final List<LinkReference> refs = new ArrayList<>();
        final Map<String, LinkReference> byLabel = new HashMap<>();
        boolean titleFirst;
        int firstReleaseLine;
        private boolean seenContent;
        private ReleaseBuilder release;

        Assembler(Decision decision, Consumer<Release> releases) {
            this.dialect = decision.dialect;
            this.parenForm = decision.parenForm();
            this.releases = releases;
        }

        private void close() {
            if (release != null) {
                releases.accept(release.build());
                release = null;
            }
        }

        void finish() {
            close();
        }

        @Override
        public void accept(BlockInfo n) {
            int line = n.line;
            int last = n.last;
            if (n.kind == Kind.DEFINITION) {
                LinkReference ref = new LinkReference(n.label, n.destination, line);
                refs.add(ref);
                byLabel.putIfAbsent(ref.normalizedLabel(), ref);
                return;
            }
            if (n.kind == Kind.HTML) {
                if (release != null) {
                    release.lastLine = last;
                    if (release.section != null) {
                        release.section.lastLine = last;
                    }
                }
                return;
            }
            boolean first = !seenContent;
            seenContent = true;
            if (n.kind == Kind.HEADING && parenForm && n.level <= 3
                    && parenLoose(n.heading.text)) {
                close();
                release = new ReleaseBuilder(line, n.heading, parseReleaseHeading(n.heading,
                        dialect));
                if (firstReleaseLine == 0) {
                    firstReleaseLine = line;
                }
                return;
            }
            if (n.kind == Kind.HEADING && n.level <= 2) {
                HeadingText text = n.heading;
                if (n.level == 1) {
                    titles.add(new Changelog.Heading(line, 1, text.text));
                    titleFirst |= first;
                    close();
                    return;
                }
                close();
                ReleaseHeading parsed = parseReleaseHeading(text, dialect);
                if (parsed == null) {
                    others.add(new Changelog.Heading(line, 2, text.text));
                } else {
                    release = new ReleaseBuilder(line, text, parsed);
                    if (firstReleaseLine == 0) {
                        firstReleaseLine = line;
                    }
                }
                return;
            }
            if (release == null) {
                return;
            }
            release.lastLine = last;
            if (n.kind == Kind.HEADING && n.level == 3) {
                release.closeSection();
                release.section = new SectionBuilder(line, n.heading);
                return;
            }
            SectionBuilder section = release.section;
            if (section != null) {
                section.lastLine = last;
                if (n.kind == Kind.LIST) {
                    for (int i = 0; i < n.items.length; i += 2) {
                        section.entries.add(new Entry(n.items[i], n.items[i + 1],
                                lines(n.items[i], n.items[i + 1])));
                    }
                } else if (n.kind != Kind.HEADING) {
                    section.strays.add(line);
                }
            } else if (n.kind == Kind.PARAGRAPH) {
                release.summary.add(line);
            } else if (n.kind != Kind.HEADING) {
                release.loose.add(line);
            }
        }
    }

    /**
     * Whether {@link #PAREN_LOOSE} finds the heading: it must start with {@code [}, {@code v} or
     * a digit and hold a {@code (}, which most headings of the other forms do not, so the regex
     * runs only on the few that might.
     */
    private static boolean parenLoose(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return (c == '[' || c == 'v' || c >= '0' && c <= '9') && text.indexOf('(') > 0
                && PAREN_LOOSE.matcher(text).find();
    }

    private ReleaseHeading parseReleaseHeading(HeadingText heading, Dialect dialect) {
        String text = heading.text;
        int col = heading.column;
        if (dialect == Dialect.CONVENTIONAL_CHANGELOG || dialect == Dialect.COMMITIZEN) {
            if (dialect == Dialect.COMMITIZEN && text.equals("Unreleased")) {
                return new ReleaseHeading(true, "", 0, null, 0, false, true, false);
            }
            Matcher p = PAREN_STRICT.matcher(text);
            if (p.matches()) {
                String group = p.group("blabel") != null ? "blabel" : "label";
                String label = p.group(group);
                int at = col + p.start(group);
                if (label.startsWith("v")) {
                    label = label.substring(1);
                    at++;
                }
                return new ReleaseHeading(false, label, at, p.group("date"),
                        col + p.start("date"), false, true, group.equals("blabel"),
                        p.group("url"));
            }
        }
        if (dialect != Dialect.SEED) {
            int[] kac = HeadingScans.kacStrict(text);
            if (kac != null) {
                return strictHeading(dialect, col, text.substring(1, kac[0]), 1,
                        kac[1] < 0 ? null : text.substring(kac[1], kac[2]), kac[1], kac[3] == 1);
            }
        }
        if (dialect == Dialect.SEED) {
            if (text.equals("Unreleased")) {
                return new ReleaseHeading(true, "", 0, null, 0, false, true, false);
            }
            Matcher m = SEED_STRICT.matcher(text);
            if (m.matches()) {
                String date = m.group("date");
                return strictHeading(dialect, col, m.group("label"), m.start("label"), date,
                        date == null ? -1 : m.start("date"), m.group("yanked") != null);
            }
        }
        boolean bracketed = HeadingScans.kacLoose(text);
        Matcher date = DATE_LIKE.matcher(text);
        String dateText = date.find() ? date.group() : null;
        int dateCol = dateText == null ? 0 : col + date.start();
        boolean yanked = text.toUpperCase(Locale.ROOT).contains("YANKED");
        if (UNRELEASED_WORD.matcher(text).find()) {
            return new ReleaseHeading(true, "", 0, dateText, dateCol, yanked, false, bracketed);
        }
        Matcher v = VERSION_LIKE.matcher(text);
        if (!v.find()) {
            return null;
        }
        String version = v.group(1);
        while (version.endsWith(".") || version.endsWith("-") || version.endsWith("+")) {
            version = version.substring(0, version.length() - 1);
        }
        return new ReleaseHeading(false, version, col + v.start(1), dateText, dateCol, yanked,
                false, bracketed);
    }

    /** A heading in the dialect's strict form: label and date at their indexes in the text. */
    private static ReleaseHeading strictHeading(Dialect dialect, int col, String label,
            int labelAt, String date, int dateAt, boolean yanked) {
        int dateCol = date == null ? 0 : col + dateAt;
        if (label.equalsIgnoreCase("unreleased")) {
            boolean ok = dialect == Dialect.KEEPACHANGELOG && label.equals("Unreleased")
                    && date == null && !yanked;
            return new ReleaseHeading(true, "", 0, date, dateCol, yanked, ok,
                    dialect == Dialect.KEEPACHANGELOG);
        }
        return new ReleaseHeading(false, label, col + labelAt, date, dateCol, yanked, true,
                dialect == Dialect.KEEPACHANGELOG);
    }

    /**
     * {@code YYYY-MM-DD} as a real calendar date: what {@code uuuu-MM-dd} parses with the strict
     * resolver, read digit by digit (a formatter's parse costs more than the rest of a heading).
     */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-'
                || text.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 when one is no digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The heading's text as written in the source line, and where it starts. */
    private HeadingText headingText(int line) {
        String raw = lineAt.apply(line);
        int len = raw.length();
        int i = 0;
        while (i < len && i < 3 && raw.charAt(i) == ' ') {
            i++;
        }
        if (i < len && raw.charAt(i) == '#') {
            while (i < len && raw.charAt(i) == '#') {
                i++;
            }
            while (i < len && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
                i++;
            }
            int end = trimEnd(raw, i, len);
            int hashes = end;
            while (hashes > i && raw.charAt(hashes - 1) == '#') {
                hashes--;
            }
            if (hashes < end && (hashes == i || raw.charAt(hashes - 1) == ' '
                    || raw.charAt(hashes - 1) == '\t')) {
                end = trimEnd(raw, i, hashes);
            }
            return new HeadingText(raw.substring(i, end), i + 1);
        }
        while (i < len && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        return new HeadingText(raw.substring(i, trimEnd(raw, i, len)), i + 1);
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    private String lines(int from, int to) {
        if (from == to) {
            return lineAt.apply(from);
        }
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to; l++) {
            if (l > from) {
                sb.append('\n');
            }
            sb.append(lineAt.apply(l));
        }
        return sb.toString();
    }

    private int firstLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return offset + (spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1);
    }

    /** The last line of the node's own spans, at least {@code fallback}. */
    private int lastSpanLine(Node n, int fallback) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? fallback
                : Math.max(fallback, offset + spans.get(spans.size() - 1).getLineIndex() + 1);
    }

    private int lastLine(Node n, int fallback) {
        int last = lastSpanLine(n, fallback);
        if (n instanceof Block) {
            Node child = n.getLastChild();
            if (child instanceof Block) {
                last = Math.max(last, lastLine(child, last));
            }
        }
        return last;
    }

    /** Labels written as {@code [label]} outside definitions; to find unused references. */
    private Set<String> usedLabels() {
        Set<String> used = new HashSet<>();
        usedLabels(source.text(), used::add);
        return used;
    }

    /**
     * Hands every label written as {@code [label]} outside a definition to {@code used}; a
     * bracket never spans lines, so a text cut at line ends gives the same labels piece by piece.
     * A label is 1 to {@value #MAX_LABEL} code points without brackets or line breaks; the scan
     * finds what the regular expression {@code \[([^\[\]\r\n]{1,999})\]} finds, leftmost first,
     * in one pass without a matcher.
     */
    static void usedLabels(CharSequence chars, Consumer<String> used) {
        String text = chars.toString();
        int len = text.length();
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = open + 1;
            char c = 0;
            while (close < len) {
                c = text.charAt(close);
                if (c == '[' || c == ']' || c == '\r' || c == '\n') {
                    break;
                }
                close++;
            }
            int length = close - open - 1;
            // The regular expression counted code points: a label of emoji may be longer in chars.
            if (close < len && c == ']' && length >= 1 && (length <= MAX_LABEL
                    || text.codePointCount(open + 1, close) <= MAX_LABEL)) {
                int end = close + 1;
                if (end >= len || text.charAt(end) != ':' || !startsLine(text, open)) {
                    used.accept(LinkReference.normalize(text.substring(open + 1, close)));
                }
                open = text.indexOf('[', end);
            } else {
                open = text.indexOf('[', open + 1);
            }
        }
    }

    private static boolean startsLine(CharSequence text, int index) {
        int i = index - 1;
        int spaces = 0;
        while (i >= 0 && text.charAt(i) == ' ' && spaces < 4) {
            i--;
            spaces++;
        }
        return spaces <= 3 && (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }
}
