package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.ReviewCycle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading and writing the follow-ups of earlier actions in the input on previous actions. */
class ActionUpdatesJsonTest {

    private static final String HEAD = """
            {
              "formatVersion": 1,
              "id": "MR-2026",
              "edition": "iso-iec-27001-2022",
              "inputs": [{"category": "previous-review-actions", "status": "addressed",
            """;

    private final ReviewJson json = ReviewJson.create();

    @Test
    void write_putsActionUpdatesAfterTheReason_withTheStatusAlways() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .addInput(InputEntry.builder()
                        .category("previous-review-actions")
                        .status(InputStatus.ADDRESSED)
                        .summary("Two actions of MR-2025")
                        .reason("none")
                        .addActionUpdate(ActionFollowUp.of("A-1", ActionStatus.OPEN))
                        .addActionUpdate(ActionFollowUp.builder()
                                .actionId("A-2")
                                .status(ActionStatus.DONE)
                                .completedOn(LocalDate.of(2025, 5, 2))
                                .note("MFA on")
                                .build())
                        .build())
                .build();

        String text = json.write(review);

        assertThat(text.replaceAll("\\s", "")).contains("\"reason\":\"none\",\"actionUpdates\":["
                + "{\"actionId\":\"A-1\",\"status\":\"open\"},"
                + "{\"actionId\":\"A-2\",\"status\":\"done\",\"completedOn\":\"2025-05-02\","
                + "\"note\":\"MFAon\"}]");
        assertThat(json.read(text)).isEqualTo(review);
    }

    @Test
    void write_leavesOutAnEmptyListOfUpdates() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .addInput(InputEntry.addressed("previous-review-actions", "none open"))
                .build();

        assertThat(json.write(review)).doesNotContain("actionUpdates");
    }

    @Test
    void read_updateWithoutActionId_namesTheRequiredProperty() {
        ReviewFormatException e = failure(HEAD + """
                  "actionUpdates": [{"status": "done"}]}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs[0].actionUpdates[0].actionId");
        assertThat(e.expected()).isEqualTo("the required property \"actionId\"");
    }

    @Test
    void read_unknownStatus_namesTheKnownOnes() {
        ReviewFormatException e = failure(HEAD + """
                  "actionUpdates": [{"actionId": "A-1", "status": "finished"}]}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs[0].actionUpdates[0].status");
        assertThat(e.expected()).isEqualTo("one of open, in-progress, done, cancelled");
        assertThat(e.found()).isEqualTo("\"finished\"");
    }

    @Test
    void read_unknownPropertyOfAnUpdate_namesTheKnownOnes() {
        ReviewFormatException e = failure(HEAD + """
                  "actionUpdates": [{"actionId": "A-1", "status": "open", "owner": "x"}]}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs[0].actionUpdates[0].owner");
        assertThat(e.expected()).isEqualTo(
                "a property of an action update (actionId, status, completedOn, note)");
    }

    @Test
    void read_badCompletionDate_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "actionUpdates": [{"actionId": "A-1", "status": "done",
                      "completedOn": "2025-02-30"}]}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs[0].actionUpdates[0].completedOn");
        assertThat(e.expected()).isEqualTo("a date as YYYY-MM-DD");
    }

    private ReviewFormatException failure(String document) {
        try {
            json.read(document);
        } catch (ReviewFormatException e) {
            return e;
        }
        return fail("read accepted a document it should refuse:%n%s", document);
    }
}
