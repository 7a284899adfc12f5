/**
 * Events: the tenant's event feed (CloudEvents read from the outbox in commit-safe order) and webhooks per the
 * Standard Webhooks specification, each delivered only to those who may read what it is about.
 */
package org.jiceng.platform.events;
