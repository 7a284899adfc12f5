package org.jiceng.examples;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/** What every example needs: a place of its own in the tenant's grid, and made-up residents' ID numbers. */
public final class Demo {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Demo() {
    }

    /**
     * The district the example works in: the tenant's root when it is a district, else the district with
     * {@code preferredCode} under the city (or its first district).
     */
    public static Grid district(JicengClient client, String preferredCode) {
        Grid root = client.grids().list(GridListParams.none()).data().get(0);
        if (root.level() != GridLevel.CITY) {
            return root;
        }
        var districts = client.grids().list(GridListParams.builder().parentId(root.id()).level(GridLevel.DISTRICT)
                .build()).stream().collect(Collectors.toList());
        return districts.stream().filter(d -> d.code().equals(preferredCode)).findFirst()
                .orElseGet(() -> districts.get(0));
    }

    /** A new street under the district, on the first free code from …600, so that every run starts clean. */
    public static Grid freshStreet(JicengClient client, Grid district, String name) {
        Set<String> taken = client.grids().list(GridListParams.builder().parentId(district.id()).build()).stream()
                .map(Grid::code).collect(Collectors.toSet());
        for (int n = 600; n < 1000; n++) {
            String code = district.code() + n;
            if (!taken.contains(code)) {
                return child(client, district, GridLevel.STREET, String.valueOf(n), name);
            }
        }
        throw new IllegalStateException("no free street code left in " + district.code() + "600-999");
    }

    public static Grid child(JicengClient client, Grid parent, GridLevel level, String segment, String name) {
        return client.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    /** Valid resident ID numbers (GB 11643) of a region, born on one random day per run, so runs never collide. */
    public static final class IdNumbers {
        private final String region;
        private LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(20_000));
        private int serial;

        public IdNumbers(String region) {
            this.region = region;
        }

        public String next() {
            if (serial == 1000) {
                born = born.plusDays(1);
                serial = 0;
            }
            String body = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", serial++);
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }
    }
}
