package org.jiceng.examples;

import org.jiceng.examples.beijing.InServiceReporting;
import org.jiceng.examples.chengdu.MicroGrid;
import org.jiceng.examples.dujiangyan.HouseholdLinks;
import org.jiceng.examples.sip.PartyMassesPlatform;
import org.jiceng.examples.tianxin.RedAlliance;
import org.jiceng.sdk.JicengClient;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one example against a running platform: {@code java -jar jiceng-examples.jar tianxin}. The platform's URL
 * comes from {@code JICENG_PLATFORM_URL}; the tenant's machine client from {@code JICENG_<TENANT>_ISSUER},
 * {@code JICENG_<TENANT>_CLIENT_ID} and {@code JICENG_<TENANT>_CLIENT_SECRET} — {@code jiceng-admin dev} writes all
 * of them to {@code admin.env}.
 */
public final class Main {
    /** Every example, one per seed jurisdiction. */
    public static final List<Example> EXAMPLES = List.of(new PartyMassesPlatform(), new RedAlliance(),
            new MicroGrid(), new HouseholdLinks(), new InServiceReporting());

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || EXAMPLES.stream().noneMatch(e -> e.tenant().equals(args[0]))) {
            System.err.println("usage: java -jar jiceng-examples.jar <tenant>, one of:");
            EXAMPLES.forEach(e -> System.err.printf("  %-11s %s%n", e.tenant(), e.title()));
            System.exit(2);
        }
        Example example = EXAMPLES.stream().filter(e -> e.tenant().equals(args[0])).findFirst().orElseThrow();
        String prefix = "JICENG_" + example.tenant().toUpperCase(Locale.ROOT) + "_";
        JicengClient client = JicengClient.builder().baseUrl(env("JICENG_PLATFORM_URL"))
                .clientCredentials(env(prefix + "ISSUER"), env(prefix + "CLIENT_ID"), env(prefix + "CLIENT_SECRET"))
                .build();
        System.out.println(example.title());
        Map<String, Object> figures = example.run(client, System.out);
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
