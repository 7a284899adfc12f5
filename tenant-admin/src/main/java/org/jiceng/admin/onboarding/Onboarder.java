package org.jiceng.admin.onboarding;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.UnprocessableEntityException;
import org.jiceng.sdk.grids.GridImportResult;
import org.jiceng.sdk.tenants.Tenant;
import org.jiceng.sdk.tenants.TenantRegisterParams;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Onboards a tenant end to end: its Keycloak realm ({@code jiceng-<code>}) with the platform's roles, a machine
 * client, a first tenant admin and optionally a browser client; its registration with the platform; the import of
 * its grid file. Safe to repeat — what exists is kept, nothing is duplicated — and all or nothing: when a step
 * fails, the realm and the registration this run made are removed again.
 */
public final class Onboarder {
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,30}$");

    /** Steps after which a test (or an operator's dry run) may stop the onboarding. */
    public enum Step { REALM, CLIENTS, REGISTERED, IMPORTED }

    /** Called after each step; throwing from it aborts the onboarding as a real failure would. */
    public interface StepListener {
        void after(Step step);
    }

    private final RealmProvisioner realms;
    private final JicengClient platform;
    private final Function<String, String> issuerOfRealm;
    private final Function<ClientCredentials, JicengClient> tenantClients;
    private StepListener listener = step -> { };
    private List<String> consoleOrigins = List.of();

    /** A tenant machine client's credentials, to act in the tenant (the grid import). */
    public record ClientCredentials(String issuer, String clientId, String secret) {
    }

    /**
     * @param platform      a client holding a platform-admin token of the platform realm
     * @param issuerOfRealm realm name → the issuer its tokens carry (Keycloak's public URL + /realms/name)
     * @param tenantClients builds a client acting as the new tenant's machine client
     */
    public Onboarder(RealmProvisioner realms, JicengClient platform, Function<String, String> issuerOfRealm,
                     Function<ClientCredentials, JicengClient> tenantClients) {
        this.realms = realms;
        this.platform = platform;
        this.issuerOfRealm = issuerOfRealm;
        this.tenantClients = tenantClients;
    }

    /**
     * The origins the platform's console is served from (its public URL): each onboarded realm gets the console's
     * public client ({@value #CONSOLE_CLIENT}, authorisation code + PKCE) with redirect URIs there.
     */
    public Onboarder withConsoleAt(List<String> origins) {
        this.consoleOrigins = List.copyOf(origins);
        return this;
    }

    /** The console's client id, the same in every tenant realm and in the platform realm. */
    public static final String CONSOLE_CLIENT = "jiceng-console";

    public Onboarder onStep(StepListener listener) {
        this.listener = listener;
        return this;
    }

    public OnboardingResult onboard(TenantSpec spec) {
        if (!CODE.matcher(spec.code()).matches()) {
            throw new OnboardingFailed("Tenant code '" + spec.code() + "' is invalid: 2-31 lower-case letters, "
                    + "digits or dashes, starting with a letter");
        }
        String issuer = issuerOfRealm.apply(RealmProvisioner.realmName(spec.code()));
        Optional<Tenant> registered = find(spec.code());
        if (registered.isPresent() && !registered.get().issuer().equals(issuer)) {
            throw new OnboardingFailed("Tenant code '" + spec.code() + "' is taken by a tenant of another realm ("
                    + registered.get().issuer() + ")");
        }
        boolean realmCreated = !realms.realmExists(spec.code());
        boolean tenantCreated = false;
        try {
            realms.ensureRealm(spec.code(), spec.name()); // refuses a realm of that name that is not ours
            listener.after(Step.REALM);

            boolean machineExisted = realms.clientExists(spec.code(), spec.machineClientId());
            String secret = realms.ensureServiceClient(spec.code(), spec.machineClientId(), List.of("tenant-admin"), 0);
            Optional<String> password = spec.adminUser() == null ? Optional.empty()
                    : realms.ensureUser(spec.code(), spec.adminUser(), spec.adminEmail(), List.of("tenant-admin"));
            if (!spec.browserOrigins().isEmpty()) {
                realms.ensureBrowserClient(spec.code(), spec.browserClientId(), spec.browserOrigins());
            }
            if (!consoleOrigins.isEmpty()) {
                realms.ensureBrowserClient(spec.code(), CONSOLE_CLIENT, consoleOrigins);
            }
            listener.after(Step.CLIENTS);

            if (registered.isEmpty()) {
                TenantRegisterParams.Builder params = TenantRegisterParams.builder().code(spec.code())
                        .name(spec.name()).kind(spec.kind()).divisionCode(spec.divisionCode()).issuer(issuer);
                if (!spec.browserOrigins().isEmpty()) {
                    params.allowedOrigins(spec.browserOrigins());
                }
                platform.tenants().register(params.build());
                tenantCreated = true;
            }
            listener.after(Step.REGISTERED);

            Optional<GridImportResult> imported = Optional.empty();
            if (spec.gridFile() != null) {
                JicengClient tenant = tenantClients.apply(new ClientCredentials(issuer, spec.machineClientId(), secret));
                imported = Optional.of(tenant.grids().importFile(spec.gridFile(), spec.gridFormat()));
            }
            listener.after(Step.IMPORTED);
            return new OnboardingResult(spec.code(), issuer, tenantCreated, spec.machineClientId(),
                    machineExisted ? Optional.empty() : Optional.of(secret), Optional.ofNullable(spec.adminUser()),
                    password, spec.browserOrigins().isEmpty() ? Optional.empty() : Optional.of(spec.browserClientId()),
                    imported);
        } catch (RuntimeException e) {
            undo(spec.code(), realmCreated, tenantCreated, e);
            throw new OnboardingFailed(explain(spec, e), e);
        }
    }

    private Optional<Tenant> find(String code) {
        try {
            return Optional.of(platform.tenants().retrieve(code));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void undo(String code, boolean realmCreated, boolean tenantCreated, RuntimeException cause) {
        if (tenantCreated) {
            try {
                platform.tenants().unregister(code);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        if (realmCreated) {
            try {
                realms.deleteRealm(code);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static String explain(TenantSpec spec, RuntimeException e) {
        if (e instanceof UnprocessableEntityException u && u.problem() != null && !u.problem().errors().isEmpty()) {
            StringBuilder b = new StringBuilder("The grid file was refused; nothing was imported and the onboarding "
                    + "of '" + spec.code() + "' was undone:");
            u.problem().errors().forEach(err -> b.append("\n  ").append(err));
            return b.toString();
        }
        if (e instanceof JicengServiceException s) {
            return "The platform refused the onboarding of '" + spec.code() + "' (HTTP " + s.statusCode() + "): "
                    + (s.problem() != null ? s.problem() : s.getMessage()) + "; what this run made was removed";
        }
        return "Onboarding of '" + spec.code() + "' failed and was undone: " + e.getMessage();
    }
}
