package io.github.releaseprocess.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of logs: the value of every property whose name contains
 * {@code password}, {@code token}, {@code secret} or {@code key} is printed as {@code ****}, in
 * the command line and wherever it shows up in the deployment build's output.
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

    /** The line with every secret value replaced by {@link #MASK}. */
    public String mask(String line) {
        String masked = line;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
