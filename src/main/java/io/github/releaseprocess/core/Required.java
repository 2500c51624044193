package io.github.releaseprocess.core;

/**
 * The null checks of a record's compact constructor in one call. A record whose constructor
 * checks two or more of its components names them once, in a string, and passes the values in
 * the same order: {@code Required.nonNull("id url", id, url)}. A null fails as
 * {@link java.util.Objects#requireNonNull(Object, String)} does, with a
 * {@link NullPointerException} whose message is the component's name.
 */
public final class Required {

    private Required() {
    }

    /**
     * Checks that no value is null.
     *
     * @param names the values' names, separated by single spaces, one per value
     * @throws NullPointerException naming the first null value
     * @throws IllegalArgumentException when there are not as many names as values (a bug)
     */
    public static void nonNull(String names, Object... values) {
        int count = 1;
        for (int i = 0; i < names.length(); i++) {
            if (names.charAt(i) == ' ') {
                count++;
            }
        }
        if (count != values.length) {
            throw new IllegalArgumentException(values.length + " values for the " + count
                    + " names '" + names + "'");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names.split(" ")[i]);
            }
        }
    }
}
