package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumIdsTest {

    enum Evidence { TRAILER, PULL_REQUEST }

    @Test
    void shouldWriteTheNameInLowerCaseWithDashes() {
        assertEquals("trailer", EnumIds.id(Evidence.TRAILER));
        assertEquals("pull-request", EnumIds.id(Evidence.PULL_REQUEST));
    }

    @Test
    void shouldFindAConstantByItsIdInAnyCaseWithBlanksAround() {
        assertEquals(Optional.of(Evidence.PULL_REQUEST),
                EnumIds.find(Evidence.class, " Pull-Request "));
        assertEquals(Optional.of(Evidence.TRAILER), EnumIds.find(Evidence.class, "trailer"));
    }

    @Test
    void shouldFindNothingForAnUnknownIdOrNull() {
        assertEquals(Optional.empty(), EnumIds.find(Evidence.class, "pull_request"));
        assertEquals(Optional.empty(), EnumIds.find(Evidence.class, ""));
        assertEquals(Optional.empty(), EnumIds.find(Evidence.class, null));
    }

    @Test
    void shouldListEveryIdInOrder() {
        assertEquals("trailer, pull-request", EnumIds.ids(Evidence.class));
    }
}
