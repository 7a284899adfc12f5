/**
 * Data-subject requests (PIPL arts. 44–47): a person, or the vendor's app acting for them, exports what the tenant
 * holds about them and asks for its erasure; a tenant admin erases a person's data across record families. Owns
 * no tables: each context that keeps personal data answers through {@code shared.pii.PersonalDataHolder}. Uses
 * {@code shared} only.
 */
package org.jiceng.platform.privacy;
