package org.jiceng.spring.boot;

import org.jiceng.sdk.JicengClient;

/** Adjusts the auto-configured client's builder after the properties are applied (a shared HttpClient, say). */
@FunctionalInterface
public interface JicengClientBuilderCustomizer {
    void customize(JicengClient.Builder builder);
}
