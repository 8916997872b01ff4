package io.github.ismsreview.model;

/**
 * What drives a change to procedures and controls, as ISO/IEC 27001:2005 7.3 c) lists it
 * (numbered 1 to 6 there).
 */
public enum ChangeDriver {

    /** 1) Business requirements. */
    BUSINESS_REQUIREMENTS(1),

    /** 2) Security requirements. */
    SECURITY_REQUIREMENTS(2),

    /** 3) Business processes that affect the existing business requirements. */
    BUSINESS_PROCESSES(3),

    /** 4) Regulatory or legal requirements. */
    REGULATORY_OR_LEGAL_REQUIREMENTS(4),

    /** 5) Contractual obligations. */
    CONTRACTUAL_OBLIGATIONS(5),

    /** 6) Levels of risk or the criteria for accepting risks. */
    RISK_LEVELS_OR_ACCEPTANCE_CRITERIA(6);

    private final int number;

    ChangeDriver(int number) {
        this.number = number;
    }

    /** Returns the number the standard gives this driver in 7.3 c), from 1 to 6. */
    public int number() {
        return number;
    }
}
