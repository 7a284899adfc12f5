/**
 * What operators see of a running instance: Prometheus metrics under the application scope of {@code /metrics}
 * (requests by route template and status, cases opened and closed, rate-limit refusals, database connections) and
 * one log line per request, JSON by default, never with personal data.
 */
package org.jiceng.platform.shared.observability;
