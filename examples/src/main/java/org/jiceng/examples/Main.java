package org.jiceng.examples;

import org.jiceng.examples.beijing.InServiceReporting;
import org.jiceng.examples.chengdu.MicroGrid;
import org.jiceng.examples.dujiangyan.HouseholdLinks;
import org.jiceng.examples.sip.PartyMassesPlatform;
import org.jiceng.examples.tianxin.RedAlliance;
import org.jiceng.examples.vendor.DispatchWebhook;
import org.jiceng.sdk.JicengClient;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one example against a running platform: {@code java -jar jiceng-examples.jar tianxin}. The platform's URL
 * comes from {@code JICENG_PLATFORM_URL}; the tenant's machine client from {@code JICENG_<TENANT>_ISSUER},
 * {@code JICENG_<TENANT>_CLIENT_ID} and {@code JICENG_<TENANT>_CLIENT_SECRET} — {@code jiceng-admin dev} writes all
 * of them to {@code admin.env}. {@code java -jar jiceng-examples.jar vendor-webhook sip} runs the webhook receiver
 * example against a tenant.
 */
public final class Main {
    /** Every example, one per seed jurisdiction. */
    public static final List<Example> EXAMPLES = List.of(new PartyMassesPlatform(), new RedAlliance(),
            new MicroGrid(), new HouseholdLinks(), new InServiceReporting());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean webhook = args.length == 2 && args[0].equals("vendor-webhook");
        String tenant = webhook ? args[1] : args.length == 1 ? args[0] : "";
        if (!webhook && EXAMPLES.stream().noneMatch(e -> e.tenant().equals(tenant))) {
            System.err.println("usage: java -jar jiceng-examples.jar <tenant>, one of:");
            EXAMPLES.forEach(e -> System.err.printf("  %-11s %s%n", e.tenant(), e.title()));
            System.err.println("   or: java -jar jiceng-examples.jar vendor-webhook <tenant>   a vendor back end "
                    + "that learns of its case's dispatch by webhook");
            System.exit(2);
        }
        String prefix = "JICENG_" + tenant.toUpperCase(Locale.ROOT) + "_";
        JicengClient client = JicengClient.builder().baseUrl(env("JICENG_PLATFORM_URL"))
                .clientCredentials(env(prefix + "ISSUER"), env(prefix + "CLIENT_ID"), env(prefix + "CLIENT_SECRET"))
                .build();
        Map<String, Object> figures;
        if (webhook) {
            System.out.println("A vendor's back end learns of its case's dispatch by webhook");
            figures = DispatchWebhook.run(client, System.out);
        } else {
            Example example = EXAMPLES.stream().filter(e -> e.tenant().equals(tenant)).findFirst().orElseThrow();
            System.out.println(example.title());
            figures = example.run(client, System.out);
        }
        System.out.println();
        figures.forEach((name, value) -> System.out.printf("  %-34s %s%n", name, value));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println(name + " is not set: start the platform with `jiceng-admin dev` and "
                    + "`source <its home>/admin.env` first");
            System.exit(1);
        }
        return value;
    }
}
