package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal is written through Gson's streaming writer, read back through Gson's reflection:
 * both must agree on every field, byte for byte, whatever is null and whatever is set.
 */
class ReleaseJournalJsonTest {

    private static String gson(ReleaseJournal.State state) {
        return ReleaseJournal.Json.Reader.GSON.toJson(state);
    }

    @Test
    void shouldWriteWhatGsonWritesWithEveryFieldSet() throws Exception {
        ReleaseJournal.State state = full();

        String written = ReleaseJournal.Json.write(state);

        assertEquals(gson(state), written);
        assertEquals(written, ReleaseJournal.Json.write(ReleaseJournal.Json.read(written)));
    }

    @Test
    void shouldWriteWhatGsonWritesWithNullsAndEmptyLists() throws Exception {
        ReleaseJournal.State state = new ReleaseJournal.State();
        ReleaseJournal.StepRecord step = new ReleaseJournal.StepRecord();
        step.backups = new LinkedHashMap<>();
        state.steps.add(step);
        ReleaseJournal.State nulls = new ReleaseJournal.State();
        nulls.components = new ArrayList<>(java.util.Collections.singletonList(null));
        nulls.started = null;
        ReleaseJournal.StepRecord nullMaps = new ReleaseJournal.StepRecord();
        nullMaps.backups = null;
        nulls.steps.add(nullMaps);

        assertEquals(gson(state), ReleaseJournal.Json.write(state));
        assertEquals(gson(nulls), ReleaseJournal.Json.write(nulls));
    }

    @Test
    void shouldReadNoJournalFromTextThatIsNotOne() {
        assertNull(ReleaseJournal.Json.read("[1, 2"));
        assertNull(ReleaseJournal.Json.read("\"a string\""));
    }

    /** A field added to the journal's JSON classes is set here too, so that the test sees it. */
    @Test
    void shouldSetEveryFieldInTheFullExample() throws Exception {
        ReleaseJournal.State state = full();
        for (Object o : List.of(state, state.steps.get(0), state.steps.get(0).refs.get(0),
                state.components.get(0))) {
            for (Field f : o.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(o);
                assertEquals(true, v != null && !Boolean.FALSE.equals(v)
                        && !Integer.valueOf(0).equals(v) && !Long.valueOf(0L).equals(v),
                        o.getClass().getSimpleName() + "." + f.getName() + " is not set");
            }
        }
    }

    private static ReleaseJournal.State full() {
        ReleaseJournal.State state = new ReleaseJournal.State();
        state.formatVersion = 2;
        state.goal = "prepare";
        state.releaseVersion = "1.1.0";
        state.startVersion = "1.0.1-SNAPSHOT";
        state.tag = "v1.1.0";
        state.developmentVersion = "1.1.1-SNAPSHOT";
        state.branchRef = "refs/heads/main";
        state.originalHead = "0123456789abcdef0123456789abcdef01234567";
        state.releaseTime = "2026-11-28T18:00:00Z[UTC]";
        state.components = new ArrayList<>(List.of(new ReleaseJournal.ComponentEntry("gax",
                "2.0.0", "gax-v2.0.0", "2.0.1-SNAPSHOT", "1.9.0")));
        state.pid = 4242L;
        state.started = "2026-11-28T18:00:01Z";
        ReleaseJournal.StepRecord step = new ReleaseJournal.StepRecord();
        step.id = "release-commit";
        step.done = true;
        step.backups.put("pom.xml", "blob:0123456789abcdef0123456789abcdef01234567");
        step.backups.put("sub dir/\"quoted\" <&> é.txt", null);
        step.index = "index";
        step.indexExisted = true;
        ReleaseJournal.RefRecord ref = new ReleaseJournal.RefRecord();
        ref.ref = "refs/heads/main";
        ref.before = "0123456789abcdef0123456789abcdef01234567";
        ref.after = "89abcdef0123456789abcdef0123456789abcdef";
        ref.target = "refs/tags/v1.1.0";
        ref.message = "release 1.1.0\n\nline with \t tab, \\ and \u2028";
        step.refs.add(ref);
        step.checkoutBefore = "refs/heads/main";
        step.notes = new LinkedHashMap<>();
        step.notes.put("reached", "yes");
        state.steps.add(step);
        state.steps.add(new ReleaseJournal.StepRecord());
        return state;
    }
}
