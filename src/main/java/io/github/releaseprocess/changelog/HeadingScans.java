package io.github.releaseprocess.changelog;

/**
 * Three regular expressions that run once or more per release, written as scans (decision 0030):
 * on a 10 MB file they ran 90,000 times, and the regex engine's methods were a tenth of what the
 * JIT compiled during the goal. Each answers exactly what its expression answers;
 * {@code HeadingScansTest} compares them on random input.
 */
final class HeadingScans {

    private HeadingScans() {
    }

    /** {@code ^\[[^\]]+\](?!\()} found in {@code text}: a bracketed label, no {@code (} after. */
    static boolean kacLoose(String text) {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return false;
        }
        int close = text.indexOf(']', 1);
        return close > 1 && (close + 1 == text.length() || text.charAt(close + 1) != '(');
    }

    /**
     * {@code \[(?<label>[^\]]+)\](?: - (?<date>\S+))?(?<yanked> \[YANKED\])?} matching the whole
     * of {@code text}.
     *
     * @return null when it does not match; else the end of the label (it starts at 1), the start
     *     and end of the date (-1 without one), and 1 when {@code [YANKED]} follows, else 0
     */
    static int[] kacStrict(String text) {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return null;
        }
        int close = text.indexOf(']', 1);
        if (close <= 1) {
            return null;
        }
        int len = text.length();
        int i = close + 1;
        int dateStart = -1;
        int dateEnd = -1;
        if (text.startsWith(" - ", i)) {
            int end = i + 3;
            while (end < len && !regexSpace(text.charAt(end))) {
                end++;
            }
            if (end == i + 3) {
                return null;
            }
            dateStart = i + 3;
            dateEnd = end;
            i = end;
        }
        if (i == len) {
            return new int[] {close, dateStart, dateEnd, 0};
        }
        if (i + 9 == len && text.startsWith(" [YANKED]", i)) {
            return new int[] {close, dateStart, dateEnd, 1};
        }
        return null;
    }

    /** What {@code \s} matches without flags. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * {@code /compare/(.+?)\.{2,3}([^/?#]+?)/?$} found in {@code url}.
     *
     * @return null when it is not found; else its two groups
     */
    static String[] compare(String url) {
        int len = url.length();
        for (int at = url.indexOf("/compare/"); at >= 0; at = url.indexOf("/compare/", at + 1)) {
            int from = at + 9;
            // ".+?": at least one character, none a line terminator.
            for (int q = from + 1; q + 1 < len; q++) {
                if (lineTerminator(url.charAt(q - 1))) {
                    break;
                }
                if (url.charAt(q) != '.' || url.charAt(q + 1) != '.') {
                    continue;
                }
                // "\.{2,3}" is greedy: three dots first, then two.
                int to = q + 2 < len && url.charAt(q + 2) == '.' ? tail(url, q + 3) : -1;
                if (to >= 0) {
                    return new String[] {url.substring(from, q), url.substring(q + 3, to)};
                }
                to = tail(url, q + 2);
                if (to >= 0) {
                    return new String[] {url.substring(from, q), url.substring(q + 2, to)};
                }
            }
        }
        return null;
    }

    /** Where {@code ([^/?#]+?)/?$} ends its group when it matches from {@code from}; else -1. */
    private static int tail(String url, int from) {
        int len = url.length();
        for (int end = from + 1; end <= len; end++) {
            char c = url.charAt(end - 1);
            if (c == '/' || c == '?' || c == '#') {
                return -1;
            }
            if (dollarAt(url, end)
                    || end < len && url.charAt(end) == '/' && dollarAt(url, end + 1)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether {@code $} matches at {@code i}: the end, or before a final line terminator. */
    private static boolean dollarAt(String s, int i) {
        int len = s.length();
        if (i == len) {
            return true;
        }
        if (i == len - 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (i == len - 1) {
            char c = s.charAt(i);
            // Not between the two characters of \r\n.
            return c == '\n' ? i == 0 || s.charAt(i - 1) != '\r' : lineTerminator(c);
        }
        return false;
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
