/**
 * Test fixtures shared by the modules: sample reviews and QuickTheories generators.
 */
@NullMarked
package io.github.ismsreview.testing;

import org.jspecify.annotations.NullMarked;
