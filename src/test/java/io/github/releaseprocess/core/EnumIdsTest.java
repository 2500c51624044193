package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void shouldReadASettingWithItsDefaultWhenUnsetAndRefuseAnUnknownId() {
        assertEquals(Evidence.TRAILER, EnumIds.setting(Evidence.class, null, Evidence.TRAILER,
                () -> "unused"));
        assertEquals(Evidence.TRAILER, EnumIds.setting(Evidence.class, " ", Evidence.TRAILER,
                () -> "unused"));
        assertEquals(Evidence.PULL_REQUEST, EnumIds.setting(Evidence.class, "PULL-request",
                Evidence.TRAILER, () -> "unused"));
        RefusalException e = assertThrows(RefusalException.class, () -> EnumIds.setting(
                Evidence.class, "mail", Evidence.TRAILER, () -> "<evidence>mail</evidence> is not"
                        + " known; use " + EnumIds.ids(Evidence.class)));
        assertEquals("<evidence>mail</evidence> is not known; use trailer, pull-request",
                e.getMessage());
    }
}
