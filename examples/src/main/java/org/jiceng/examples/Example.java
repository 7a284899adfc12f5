package org.jiceng.examples;

import org.jiceng.sdk.JicengClient;

import java.io.PrintStream;
import java.util.Map;

/**
 * One seed jurisdiction's practice, run through the SDK against a tenant: it builds what the article describes in a
 * fresh street of the tenant, runs the practice, and returns the figures the platform then reports.
 */
public interface Example {
    /** The demo tenant of {@code jiceng-admin dev} this example belongs to (sip, tianxin, …). */
    String tenant();

    /** What the example shows, in one line. */
    String title();

    /** Runs the practice, narrating to {@code out}; the figures it ends with, by name. */
    Map<String, Object> run(JicengClient client, PrintStream out);
}
