package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a review to a path replaces only regular files, and keeps their permissions. */
class ReviewJsonFileWritingTest {

    private static final ReviewCycle REVIEW = ReviewCycle.builder()
            .id("MR-1").edition(Edition.ISO_IEC_27001_2022).build();

    @TempDir
    Path dir;

    private final ReviewJson json = ReviewJson.create();

    @Test
    void symbolicLink_isFollowed_andTheLinkStays() throws IOException {
        Path target = Files.writeString(dir.resolve("target.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);

        json.write(REVIEW, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(json.read(target)).isEqualTo(REVIEW);
    }

    @Test
    void pipeOrDirectory_isRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> json.write(REVIEW, folder))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isDirectory(folder)).isTrue();

        Path pipe = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
        assertThatThrownBy(() -> json.write(REVIEW, pipe))
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void replacedFile_keepsItsPermissions_andANewFileIsPrivate() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path existing = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-------"));

        json.write(REVIEW, existing);
        json.write(REVIEW, dir.resolve("new.json"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("new.json")))).isEqualTo("rw-------");
    }
}
