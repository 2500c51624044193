package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequiredTest {

    @Test
    void shouldAcceptValuesThatAreAllThere() {
        assertDoesNotThrow(() -> Required.nonNull("id url", "a", 1));
    }

    @Test
    void shouldNameTheFirstNullValue() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Required.nonNull("id url version", "a", null, null));
        assertEquals("url", e.getMessage());
    }

    @Test
    void shouldNameTheLastValueToo() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Required.nonNull("id url", "a", null));
        assertEquals("url", e.getMessage());
    }

    @Test
    void shouldRefuseNamesThatDoNotMatchTheValues() {
        assertThrows(IllegalArgumentException.class, () -> Required.nonNull("id url", "a"));
        assertThrows(IllegalArgumentException.class, () -> Required.nonNull("id", "a", "b"));
    }
}
