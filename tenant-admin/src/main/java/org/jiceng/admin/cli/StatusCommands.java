package org.jiceng.admin.cli;

import org.jiceng.sdk.tenants.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code suspend} and {@code resume}: switch a tenant's access off and on; its data stays. */
public final class StatusCommands {
    private StatusCommands() {
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true,
            description = "Refuse every request with the tenant's tokens from now on; its data is kept.")
    public static final class Suspend implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Parameters(paramLabel = "CODE", description = "Tenant code")
        String code;

        @Override
        public Integer call() {
            Tenant t = connections.platform().tenants().suspend(code);
            System.out.println(t.code() + " is " + t.status());
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Accept the tenant's tokens again.")
    public static final class Resume implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Parameters(paramLabel = "CODE", description = "Tenant code")
        String code;

        @Override
        public Integer call() {
            Tenant t = connections.platform().tenants().resume(code);
            System.out.println(t.code() + " is " + t.status());
            return 0;
        }
    }
}
