package org.jiceng.platform.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.shared.security.CallerContext;

/**
 * The entity manager of the current transaction, bound to the caller's tenant behind both walls: EclipseLink's
 * tenant discriminator (every JPQL query and insert gets {@code tenant_id}) and PostgreSQL's row-level security
 * ({@code app.tenant_id}, set transaction-locally so a pooled connection never carries it into another request).
 * The tenant comes only from the verified token; one transaction serves exactly one tenant.
 */
@ApplicationScoped
public class TenantDatabase {
    private static final String BOUND_TENANT = TenantDatabase.class.getName() + ".tenant";

    @PersistenceContext(unitName = "jiceng")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    CallerContext caller;
    @Inject
    org.jiceng.platform.shared.config.PlatformConfig config;

    /**
     * The entity manager for the tenant this transaction serves: the authenticated caller's, or the one a
     * background job named with {@link #em(String)} first.
     */
    public EntityManager em() {
        Object bound = transactions.getTransactionKey() == null ? null : transactions.getResource(BOUND_TENANT);
        return em(bound != null ? (String) bound : caller.get().tenantId());
    }

    /** The tenant this transaction was bound to by its first use of the entity manager. */
    public String boundTenant() {
        em();
        return (String) transactions.getResource(BOUND_TENANT);
    }

    /**
     * The caller's tenant's record of {@code type} with this id, locked for update if asked; a malformed id finds
     * nothing, like an unknown one (ids are time-ordered UUIDs, compared in lower case).
     */
    public <T> java.util.Optional<T> find(Class<T> type, String id, boolean lock) {
        if (!Ids.isWellFormed(id)) {
            return java.util.Optional.empty();
        }
        String key = id.toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.ofNullable(lock ? em().find(type, key, jakarta.persistence.LockModeType
                .PESSIMISTIC_WRITE) : em().find(type, key));
    }

    /** The entity manager for an explicitly named tenant (platform administration, background jobs). */
    public EntityManager em(String tenantId) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("tenant data is only reachable inside a transaction");
        }
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound == null) {
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenantId);
            // the statement timeout too is transaction-local: a runaway query ends in 503, never holds a connection
            em.createNativeQuery("select set_config('app.tenant_id', ?1, true), "
                            + "set_config('statement_timeout', ?2, true)")
                    .setParameter(1, tenantId).setParameter(2, Long.toString(config.statementTimeout().toMillis()))
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .getSingleResult();
            transactions.putResource(BOUND_TENANT, tenantId);
        } else if (!bound.equals(tenantId)) {
            throw new IllegalStateException("one transaction may serve one tenant only");
        }
        return em;
    }
}
