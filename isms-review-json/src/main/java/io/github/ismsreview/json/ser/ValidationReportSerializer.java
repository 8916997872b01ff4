package io.github.ismsreview.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ismsreview.json.EnumKeys;
import io.github.ismsreview.validation.Finding;
import io.github.ismsreview.validation.Severity;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link ValidationReport} as JSON for programs: the review id, the counts of errors
 * and warnings, and every finding with its rule, severity, path, message, clause and values.
 *
 * <pre>{@code
 * {"reviewId": "MR-2026", "errors": 1, "warnings": 0, "findings": [{"ruleId": "protocol.unsigned",
 *   "severity": "error", "path": "protocol.signature", "message": "...",
 *   "clause": "ISO/IEC 27001:2022 9.3.3", "values": {"stage": "closed"}}]}
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ValidationReportSerializer extends StdSerializer<ValidationReport> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ValidationReportSerializer() {
        super(ValidationReport.class);
    }

    /**
     * Writes the report as one JSON object.
     *
     * @throws IOException if the generator cannot write
     */
    @Override
    public void serialize(ValidationReport report, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("reviewId", report.reviewId());
        out.writeNumberField("errors", report.count(Severity.ERROR));
        out.writeNumberField("warnings", report.count(Severity.WARNING));
        out.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            out.writeStartObject();
            out.writeStringField("ruleId", finding.ruleId());
            out.writeStringField("severity", EnumKeys.key(finding.severity()));
            out.writeStringField("path", finding.path());
            out.writeStringField("message", finding.message());
            out.writeStringField("clause", finding.clause());
            out.writeObjectFieldStart("values");
            for (Map.Entry<String, String> value : finding.values().entrySet()) {
                out.writeStringField(value.getKey(), value.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
