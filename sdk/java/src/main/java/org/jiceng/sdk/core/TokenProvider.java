package org.jiceng.sdk.core;

/**
 * Supplies the bearer access token for each request. Implementations cache the token and must be thread-safe.
 */
@FunctionalInterface
public interface TokenProvider {
    /** A currently valid access token. */
    String accessToken();

    /** Called after the platform answered 401, so that a cached token is dropped and fetched anew once. */
    default void invalidate() {
    }
}
