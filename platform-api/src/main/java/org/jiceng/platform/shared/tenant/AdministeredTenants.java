package org.jiceng.platform.shared.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.StateConflict;

/** The tenant a platform admin's route names by its code: 404 when there is none, 409 to change a suspended one. */
@ApplicationScoped
public class AdministeredTenants {
    @Inject
    TenantRegistry registry;

    public Tenant existing(String code) {
        return registry.byId(code).orElseThrow(() -> new RecordNotFound("Tenant", code));
    }

    /** A tenant whose data may change: a suspended tenant's does not. */
    public Tenant active(String code) {
        Tenant tenant = existing(code);
        if (tenant.status() != TenantStatus.ACTIVE) {
            throw new StateConflict("Tenant '" + code + "' is suspended: its data does not change");
        }
        return tenant;
    }
}
