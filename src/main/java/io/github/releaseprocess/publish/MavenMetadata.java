package io.github.releaseprocess.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges an artifact's {@code maven-metadata.xml} as staged (it lists only the release) with the
 * one the repository has (it lists every earlier version), as maven-deploy-plugin would have done
 * against the repository itself. Only the simple, well-known shape of an artifact's metadata is
 * read ({@code groupId}, {@code artifactId}, {@code versions}); anything else stays as staged.
 */
final class MavenMetadata {

    private static final Pattern VERSIONS = Pattern.compile("<versions>(.*?)</versions>",
            Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<\\s]+)\\s*</version>");

    private MavenMetadata() {
    }

    /** The staged metadata with the remote one's versions added; the staged text when none. */
    static String merge(String staged, Optional<String> remote) {
        if (remote.isEmpty()) {
            return staged;
        }
        Set<String> versions = new LinkedHashSet<>(versions(remote.get()));
        versions.addAll(versions(staged));
        Matcher m = VERSIONS.matcher(staged);
        if (!m.find()) {
            return staged;
        }
        String indent = indentBefore(staged, m.start());
        StringBuilder list = new StringBuilder("<versions>");
        for (String v : versions) {
            list.append('\n').append(indent).append("  <version>").append(v).append("</version>");
        }
        list.append('\n').append(indent).append("</versions>");
        return staged.substring(0, m.start()) + list + staged.substring(m.end());
    }

    static Set<String> versions(String metadata) {
        Set<String> out = new LinkedHashSet<>();
        Matcher block = VERSIONS.matcher(metadata);
        if (block.find()) {
            Matcher v = VERSION.matcher(block.group(1));
            while (v.find()) {
                out.add(v.group(1));
            }
        }
        return out;
    }

    private static String indentBefore(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(lineStart, at);
        return before.isBlank() ? before : "";
    }

    /** The checksum file text for {@code bytes}: {@code md5}, {@code sha1}, {@code sha256} … */
    static String checksum(String extension, byte[] bytes) {
        String algorithm = switch (extension.toLowerCase(Locale.ROOT)) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("no checksum ." + extension);
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
