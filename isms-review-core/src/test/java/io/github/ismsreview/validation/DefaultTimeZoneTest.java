package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Proves that the build runs the tests in the default time zone it sets (Etc/GMT+12 in one
 * run, Pacific/Kiritimati in the other), so that the two runs together would catch code that
 * reads the machine's zone.
 */
class DefaultTimeZoneTest {

    @Test
    void theDefaultZone_isTheOneTheBuildSets() {
        String expected = System.getProperty("isms.test.zone");
        assumeTrue(expected != null, "isms.test.zone is set only by the Maven build");

        assertThat(ZoneId.systemDefault().getId()).isEqualTo(expected);
    }
}
