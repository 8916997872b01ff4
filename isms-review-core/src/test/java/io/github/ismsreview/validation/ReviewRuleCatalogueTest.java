package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the rule catalogue and the README's rule table from drifting apart. */
class ReviewRuleCatalogueTest {

    @Test
    void ruleIds_areUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        for (ReviewRule rule : ReviewRule.values()) {
            assertThat(ids.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
            assertThat(rule.id()).matches("[a-z]+\\.[a-z-]+");
            assertThat(ReviewRule.fromId(rule.id())).contains(rule);
        }
    }

    @Test
    void guidePractice_isNeverAnErrorByDefault() {
        for (ReviewRule rule : ReviewRule.values()) {
            if (rule.isGuidePractice()) {
                assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(Severity.WARNING);
            }
        }
    }

    @Test
    void readme_holdsTheRuleTableGeneratedFromTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(markdownTable());
    }

    static String markdownTable() {
        StringBuilder table = new StringBuilder();
        table.append("| rule id | severity 2005 / 2022 | clause 2005 / 2022 | from stage"
                + " | what it checks |\n");
        table.append("|---|---|---|---|---|\n");
        for (ReviewRule rule : ReviewRule.values()) {
            table.append("| `").append(rule.id()).append("` | ")
                    .append(severity(rule, Edition.ISO_IEC_27001_2005)).append(" / ")
                    .append(severity(rule, Edition.ISO_IEC_27001_2022)).append(" | ")
                    .append(clause(rule, Edition.ISO_IEC_27001_2005)).append(" / ")
                    .append(clause(rule, Edition.ISO_IEC_27001_2022))
                    .append(rule.isGuidePractice() ? " (guide)" : "").append(" | ")
                    .append(rule.appliesFrom().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append(" | ").append(rule.title()).append(" |\n");
        }
        return table.toString();
    }

    private static String severity(ReviewRule rule, Edition edition) {
        if (rule == ReviewRule.PROTOCOL_UNSIGNED) {
            return "warning, error when closed";
        }
        return rule.severity(edition).name().toLowerCase(Locale.ROOT);
    }

    private static String clause(ReviewRule rule, Edition edition) {
        return edition.clause(rule.topic()).substring(edition.title().length() + 1);
    }
}
