package org.jiceng.platform.open311.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Open311 keys of the tenant the transaction serves. */
public interface Open311KeyRepository {
    void insert(Open311Key key, String keyHash);

    /** The unrevoked key with this hash. */
    Optional<Open311Key> activeByHash(String keyHash);

    Optional<Open311Key> find(String id);

    List<Open311Key> page(String afterId, int limit);

    void revoke(String id, OffsetDateTime at);
}
