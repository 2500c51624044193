package io.github.releaseprocess.build;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of logs and command lines. A value is secret when the property or
 * environment variable that holds it has a name containing {@code password}, {@code passphrase},
 * {@code token}, {@code secret} or {@code key}, or when it was given as secret. Every secret value
 * is printed as {@code ****}, whatever property it shows up under, in the command line and in the
 * build's output. A multi-line secret (an SSH or GPG key) is also masked line by line, so none of
 * its lines is printed where a program echoes it one line at a time. URLs are shown without
 * their user information and query ({@link #url}).
 */
public final class SecretMasker {

    /** What a secret value is printed as. */
    public static final String MASK = "****";

    /** The shortest line of a multi-line secret that is masked on its own. */
    private static final int SHORTEST_SECRET_LINE = 4;

    private static final Pattern SECRET_NAME = Pattern.compile(
            "password|passphrase|passwd|token|secret|key|credential", Pattern.CASE_INSENSITIVE);

    private final List<String> secrets;

    /** Masks the values of the secret-named properties among {@code properties}. */
    public SecretMasker(Map<String, String> properties) {
        this(properties, Map.of(), List.of());
    }

    /**
     * Masks the values of the secret-named entries of {@code properties} and {@code environment},
     * and every value of {@code givenSecrets}.
     */
    public SecretMasker(Map<String, String> properties, Map<String, String> environment,
            Collection<String> givenSecrets) {
        Set<String> values = new LinkedHashSet<>();
        properties.forEach((k, v) -> addIfSecretName(values, k, v));
        environment.forEach((k, v) -> addIfSecretName(values, k, v));
        givenSecrets.forEach(v -> add(values, v));
        List<String> sorted = new ArrayList<>(values);
        // Longest first, so a secret that contains another is masked whole.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(sorted);
    }

    /** A masker that also masks the values of this process's secret-named environment variables. */
    public static SecretMasker withProcessEnvironment(Map<String, String> properties,
            Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(System.getenv());
        all.putAll(environment);
        return new SecretMasker(properties, all, List.of());
    }

    private static void addIfSecretName(Set<String> values, String name, String value) {
        if (name != null && isSecretName(name)) {
            add(values, value);
        }
    }

    private static void add(Set<String> values, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        values.add(value);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            for (String line : value.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.length() >= SHORTEST_SECRET_LINE) {
                    values.add(trimmed);
                }
            }
        }
    }

    /** True when a property of this name holds a credential. */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True when the property must not appear on a command line: its name looks secret, its value
     * contains a secret value, or it spans lines.
     */
    public boolean isSecret(String name, String value) {
        if (isSecretName(name)) {
            return true;
        }
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return true;
        }
        return !mask(value).equals(value);
    }

    /** The value to print for a property. */
    public String maskValue(String name, String value) {
        return isSecret(name, value) ? MASK : value;
    }

    /**
     * A URL as it may be printed or recorded: the user information and the query, where tokens
     * usually travel, are replaced by {@link #MASK}; the fragment is left out.
     * {@code https://u:p@host/health?token=x} becomes {@code https://****@host/health?****}.
     */
    public static String url(URI uri) {
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            String text = uri.getScheme() == null ? "" : uri.getScheme() + ":";
            return text + MASK;
        }
        StringBuilder s = new StringBuilder();
        if (uri.getScheme() != null) {
            s.append(uri.getScheme()).append("://");
        }
        if (uri.getRawUserInfo() != null) {
            s.append(MASK).append('@');
        }
        if (uri.getHost() != null) {
            s.append(uri.getHost());
            if (uri.getPort() >= 0) {
                s.append(':').append(uri.getPort());
            }
        } else {
            String authority = uri.getRawAuthority();
            s.append(authority.substring(authority.lastIndexOf('@') + 1));
        }
        s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            s.append('?').append(MASK);
        }
        return s.toString();
    }

    /** The line with every secret value replaced by {@link #MASK}. */
    public String mask(String line) {
        String masked = line;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
