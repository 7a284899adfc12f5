package org.jiceng.spring.boot;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code jiceng.webhook.secret} has a value: a property left empty (as a placeholder with an empty
 * default leaves it) means no webhooks, not a missing secret.
 */
public class OnWebhookSecret implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String secret = context.getEnvironment().getProperty("jiceng.webhook.secret");
        return secret != null && !secret.isBlank();
    }
}
