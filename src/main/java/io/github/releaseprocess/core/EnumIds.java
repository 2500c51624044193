package io.github.releaseprocess.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ids users write for the constants of a configuration enum, in the POM, on the command line
 * and in files the plugin writes: the constant's name in lower case with {@code -} for
 * {@code _} ({@code CONVENTIONAL_CHANGELOG} is {@code conventional-changelog}). The name is the
 * contract: renaming a constant renames its id.
 */
public final class EnumIds {

    private EnumIds() {
    }

    /** The id of {@code constant}, e.g. {@code pull-request} for {@code PULL_REQUEST}. */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} whose id is {@code text} in any case, blanks around ignored;
     * empty for null or an unknown id (the caller refuses, naming its setting and {@link #ids}).
     */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (id(constant).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a setting: {@code whenUnset} (the setting's default) for null or blank text,
     * else the constant whose id {@code text} is, as {@link #find} reads it.
     *
     * @throws RefusalException with {@code refusal}'s sentence for any other text
     */
    public static <E extends Enum<E>> E setting(Class<E> type, String text, E whenUnset,
            Supplier<String> refusal) {
        if (text == null || text.isBlank()) {
            return whenUnset;
        }
        return find(type, text).orElseThrow(() -> new RefusalException(refusal.get()));
    }

    /** Every id of {@code type} in declaration order, comma-separated, for a refusal. */
    public static String ids(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumIds::id)
                .collect(Collectors.joining(", "));
    }
}
