package org.jiceng.platform.open311.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.open311.domain.Open311Key;
import org.jiceng.platform.open311.domain.Open311KeyRepository;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Open311 keys in plain SQL. */
@ApplicationScoped
public class SqlOpen311Keys implements Open311KeyRepository {
    private static final String COLUMNS = "select cast(id as text), client_id, roles, key_hint, created_by, created_at, "
            + "revoked_at from open311_key where tenant_id = ?1 ";

    @Inject
    TenantDatabase db;

    private Query sql(String statement) {
        return db.em().createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, db.boundTenant());
    }

    @Override
    public void insert(Open311Key key, String keyHash) {
        sql("insert into open311_key (tenant_id, id, client_id, roles, key_hash, key_hint, created_by, created_at) "
                + "values (?1, cast(?2 as uuid), ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(2, key.id())
                .setParameter(3, key.clientId()).setParameter(4, String.join(",", key.roles()))
                .setParameter(5, keyHash).setParameter(6, key.hint()).setParameter(7, key.createdBy())
                .setParameter(8, key.createdAt()).executeUpdate();
    }

    @Override
    public Optional<Open311Key> activeByHash(String keyHash) {
        return rows(sql(COLUMNS + "and key_hash = ?2 and revoked_at is null").setParameter(2, keyHash)).stream()
                .findFirst();
    }

    @Override
    public Optional<Open311Key> find(String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        return rows(sql(COLUMNS + "and id = cast(?2 as uuid)").setParameter(2, id.toLowerCase(java.util.Locale.ROOT)))
                .stream().findFirst();
    }

    @Override
    public List<Open311Key> page(String afterId, int limit) {
        return rows(sql(COLUMNS + "and (cast(?2 as text) is null or id > cast(?2 as uuid)) order by id limit ?3")
                .setParameter(2, afterId).setParameter(3, limit));
    }

    @Override
    public void revoke(String id, OffsetDateTime at) {
        sql("update open311_key set revoked_at = coalesce(revoked_at, ?3) where tenant_id = ?1 and id = cast(?2 as uuid)")
                .setParameter(2, id).setParameter(3, at).executeUpdate();
    }

    private static List<Open311Key> rows(Query q) {
        return ((List<?>) q.getResultList()).stream().map(o -> {
            Object[] r = (Object[]) o;
            return new Open311Key((String) r[0], (String) r[1], Set.of(((String) r[2]).split(",")), (String) r[3],
                    (String) r[4], NativeSql.utc(r[5]), Optional.ofNullable(NativeSql.utc(r[6])));
        }).toList();
    }
}
