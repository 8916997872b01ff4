/**
 * Migration of management reviews kept under an older edition of ISO/IEC 27001 to the
 * structure of ISO/IEC 27001:2022.
 *
 * <p>{@link io.github.ismsreview.migration.ReviewMigration#toIso27001v2022} moves each input
 * entry and decision to the 2022 category that carries the same meaning and returns, with the
 * migrated review, a {@link io.github.ismsreview.migration.MigrationNote} for everything a
 * reader of the migrated review should know: what moved as it was, what was merged, where the
 * meaning changed, and which 2022 inputs the old record cannot have. The mapping and its reasons
 * are set out in {@code docs/migration.md}.
 */
@NullMarked
package io.github.ismsreview.migration;

import org.jspecify.annotations.NullMarked;
