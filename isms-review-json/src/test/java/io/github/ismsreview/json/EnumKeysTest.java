package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.validation.Severity;
import org.junit.jupiter.api.Test;

class EnumKeysTest {

    @Test
    void key_joinsLowerCaseWordsWithHyphens() {
        assertThat(EnumKeys.key(InputStatus.NOTHING_TO_REPORT)).isEqualTo("nothing-to-report");
        assertThat(EnumKeys.key(Severity.ERROR)).isEqualTo("error");
    }

    @Test
    void find_keyOfEveryConstant_findsTheConstant() {
        for (ChangeDriver driver : ChangeDriver.values()) {
            assertThat(EnumKeys.find(ChangeDriver.class, EnumKeys.key(driver))).contains(driver);
        }
    }

    @Test
    void find_otherSpellings_findNothing() {
        assertThat(EnumKeys.find(ActionStatus.class, "IN_PROGRESS")).isEmpty();
        assertThat(EnumKeys.find(ActionStatus.class, "In-Progress")).isEmpty();
        assertThat(EnumKeys.find(ActionStatus.class, "in_progress")).isEmpty();
        assertThat(EnumKeys.find(ActionStatus.class, "")).isEmpty();
    }

    @Test
    void keys_listsTheKeysInDeclarationOrder() {
        assertThat(EnumKeys.keys(ActionStatus.class))
                .containsExactly("open", "in-progress", "done", "cancelled");
    }
}
