package io.github.ismsreview.json;

import io.github.ismsreview.model.ReviewCycle;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads reviews one at a time from a stream that holds many, as handed out by
 * {@link ReviewJson#readLines(java.io.InputStream)} and
 * {@link ReviewJson#readArray(java.io.InputStream)}; only the review being read is held in
 * memory, so a stream of any number of reviews can be read with a small heap.
 *
 * <pre>{@code
 * try (ReviewIterator reviews = json.readLines(Files.newInputStream(path))) {
 *     while (reviews.hasNext()) {
 *         ReviewCycle review = reviews.next();
 *         // ...
 *     }
 * }
 * }</pre>
 *
 * <p>Each review is read with the strictness and the limits of a single document. {@link
 * #hasNext()} reads the next review ahead; if it is not in the format, {@code hasNext()} throws
 * a {@link ReviewFormatException} that names its line or its index, and if the stream cannot be
 * read, an {@link UncheckedIOException}. The reviews before it have been delivered normally; the
 * iterator then stops: {@code hasNext()} returns {@code false} from then on and {@code next()}
 * throws {@link NoSuchElementException}. No review after a broken one is ever delivered.
 *
 * <p>The iterator owns the input stream: {@link #close()} closes it, and should always be called,
 * for example by try-with-resources. An iterator is not thread-safe and does not support
 * {@code remove()}.
 */
public final class ReviewIterator implements Iterator<ReviewCycle>, Closeable {

    /** Reads the reviews of one input, one at a time. */
    interface Source extends Closeable {

        /** Reads the next review, or returns empty at the end of the input. */
        Optional<ReviewCycle> next() throws IOException;
    }

    private final Source source;
    private @Nullable ReviewCycle next;
    private long delivered;
    private boolean finished;
    private boolean closed;

    /** Creates an iterator over the reviews of the source, which it closes when closed. */
    ReviewIterator(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Checks whether another review follows, reading it ahead.
     *
     * @throws ReviewFormatException if the next review breaks the format or a limit; the
     *     iterator then stops
     * @throws UncheckedIOException if the stream cannot be read; the iterator then stops
     */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }

        // Stays finished if reading fails, so that nothing after a broken review is delivered.
        finished = true;
        Optional<ReviewCycle> read;
        try {
            read = source.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = read.isEmpty();
        next = read.orElse(null);
        return next != null;
    }

    /**
     * Returns the next review.
     *
     * @throws NoSuchElementException if no review follows, or reading stopped at a broken one
     * @throws ReviewFormatException if the next review breaks the format or a limit
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    public ReviewCycle next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more reviews; " + delivered + " were delivered");
        }
        ReviewCycle review = Objects.requireNonNull(next, "next");
        next = null;
        delivered++;
        return review;
    }

    /**
     * Returns the remaining reviews as a sequential, ordered stream; closing the stream closes
     * this iterator. Problems surface from the stream's terminal operation as they do from
     * {@link #hasNext()}.
     */
    public Stream<ReviewCycle> stream() {
        Spliterator<ReviewCycle> reviews = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(reviews, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Closes the input stream; the iterator then has no more reviews. Closing a second time has
     * no effect.
     *
     * @throws IOException if the stream cannot be closed
     */
    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        if (!closed) {
            closed = true;
            source.close();
        }
    }
}
