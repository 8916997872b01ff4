package io.github.ismsreview.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ismsreview.json.deser.ReviewCycleDeserializer;
import io.github.ismsreview.json.ser.ReviewCycleSerializer;
import io.github.ismsreview.json.ser.ValidationReportSerializer;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ValidationReport;

/**
 * The Jackson module that reads and writes {@link ReviewCycle}s in the isms-review JSON format,
 * version 1, and writes {@link ValidationReport}s.
 *
 * <p>The module is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code ObjectMapper.findAndRegisterModules()} finds it:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * ReviewCycle review = mapper.readValue(json, ReviewCycle.class);
 * }</pre>
 *
 * <p>A mapper configured by its user does not check for content after the review, and its
 * limits are the user's; {@link ReviewJson} is configured strictly and is the better entry
 * point. Either way, a document that breaks the format throws {@link ReviewFormatException}.
 */
public final class IsmsReviewModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with the serializers and the deserializer of this library. */
    public IsmsReviewModule() {
        super(IsmsReviewModule.class.getSimpleName(), Version.unknownVersion());
        addSerializer(ReviewCycle.class, new ReviewCycleSerializer());
        addSerializer(ValidationReport.class, new ValidationReportSerializer());
        addDeserializer(ReviewCycle.class, new ReviewCycleDeserializer());
    }
}
