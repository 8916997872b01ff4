package io.github.ismsreview.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.migration.MigrationNote.Kind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MigrationNoteTest {

    @Test
    void notesWithTheSameValues_areEqual() {
        MigrationNote one = MigrationNote.of(Kind.MERGED, "improvement-opportunities",
                "9.3.2 g)", "joined");
        MigrationNote two = MigrationNote.of(Kind.MERGED, "improvement-opportunities",
                "9.3.2 g)", "joined");

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(MigrationNote.of(Kind.CARRIED_OVER,
                "improvement-opportunities", "9.3.2 g)", "joined"));
    }

    @Test
    void toString_showsKindKeyClauseAndMessageOnOneLine() {
        MigrationNote note = MigrationNote.of(Kind.NOT_IN_SOURCE, "objective-fulfilment-trends",
                "9.3.2 d) 4)", "no such input in 2005");

        assertThat(note).hasToString(
                "NOT_IN_SOURCE objective-fulfilment-trends (9.3.2 d) 4)): no such input in 2005");
    }

    @Test
    void aBlankKey_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> MigrationNote.of(Kind.MERGED, " ", "9.3.2 g)", "joined"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must not be blank, found ' '");
    }

    @Test
    void onlyCarriedOverAndMerged_needNoAttention() {
        assertThat(Arrays.stream(Kind.values()).filter(kind -> !kind.needsAttention()))
                .containsExactly(Kind.CARRIED_OVER, Kind.MERGED);
    }
}
