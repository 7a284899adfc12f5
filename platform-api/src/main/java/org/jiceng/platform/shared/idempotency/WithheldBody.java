package org.jiceng.platform.shared.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a route whose request body must not be kept with who sent it (a secret ballot): its idempotency fingerprint
 * covers the method and path only, so the stored key cannot reveal the body. A retry with the same key replays the
 * first answer whatever its body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WithheldBody {
}
