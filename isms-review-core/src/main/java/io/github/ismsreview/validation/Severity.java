package io.github.ismsreview.validation;

/** How serious a finding is. */
public enum Severity {

    /** A requirement of the standard is not met, or the record is unusable as evidence. */
    ERROR,

    /** A good practice of the implementation guide, or the organization's own plan, is not met. */
    WARNING
}
