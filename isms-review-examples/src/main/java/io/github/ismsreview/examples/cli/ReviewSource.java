package io.github.ismsreview.examples.cli;

import io.github.ismsreview.json.ReviewFormatException;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the review to validate comes from: a file, or an example bundled on the class path.
 * Either way, every reason it cannot be read becomes an {@link UnreadableReviewException} with
 * a one-line message.
 */
sealed interface ReviewSource {

    /** Returns the source for a person: the file as given, or the bundled resource. */
    String describe();

    /**
     * Reads the review.
     *
     * @throws UnreadableReviewException if the source cannot be read or is not a review
     */
    ReviewCycle read(ReviewJson json) throws UnreadableReviewException;

    /** A review file on disk, named as the user gave it. */
    record OnDisk(Path path) implements ReviewSource {

        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public ReviewCycle read(ReviewJson json) throws UnreadableReviewException {
            if (Files.isDirectory(path)) {
                throw new UnreadableReviewException(describe(), "it is a directory, not a file");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // A pipe or device could block the command forever or never end.
                throw new UnreadableReviewException(describe(),
                        "it is not a regular file (a pipe or a device)");
            }
            try {
                return json.read(path);
            } catch (NoSuchFileException e) {
                throw new UnreadableReviewException(describe(), "no such file");
            } catch (AccessDeniedException e) {
                throw new UnreadableReviewException(describe(), "permission denied");
            } catch (FileSystemException e) {
                // the message would repeat the path; the reason alone says what went wrong
                String reason = e.getReason();
                throw new UnreadableReviewException(describe(),
                        reason == null ? e.getClass().getSimpleName() : reason);
            } catch (IOException | ReviewFormatException e) {
                throw new UnreadableReviewException(describe(), IsmsReviewCommand.oneLine(e));
            }
        }
    }

    /** A review shipped inside the command's jar, named by its class-path resource. */
    record Bundled(String resource) implements ReviewSource {

        @Override
        public String describe() {
            return resource + " (bundled example)";
        }

        @Override
        public ReviewCycle read(ReviewJson json) throws UnreadableReviewException {
            try (InputStream in = ReviewSource.class.getClassLoader()
                    .getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UnreadableReviewException(describe(),
                            "it is missing from the class path");
                }
                return json.read(in);
            } catch (IOException | ReviewFormatException e) {
                throw new UnreadableReviewException(describe(), IsmsReviewCommand.oneLine(e));
            }
        }
    }
}
