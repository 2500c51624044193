package io.github.releaseprocess.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of logs: the value of every property whose name contains
 * {@code password}, {@code token}, {@code secret} or {@code key} is printed as {@code ****}, in
 * the command line and wherever it shows up in the deployment build's output; URLs are shown
 * without their user information and query ({@link #url}).
 */
public final class SecretMasker {

    /** What a secret value is printed as. */
    public static final String MASK = "****";

    private static final Pattern SECRET_NAME = Pattern.compile("password|token|secret|key",
            Pattern.CASE_INSENSITIVE);

    private final List<String> secrets;

    /** Masks the values of the secret-named properties among {@code properties}. */
    public SecretMasker(Map<String, String> properties) {
        List<String> values = new ArrayList<>();
        properties.forEach((k, v) -> {
            if (isSecretName(k) && v != null && !v.isEmpty()) {
                values.add(v);
            }
        });
        // Longest first, so a secret that contains another is masked whole.
        values.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(values);
    }

    /** True when a property of this name holds a credential. */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    /** The value to print for a property. */
    public String maskValue(String name, String value) {
        return isSecretName(name) ? MASK : value;
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
