package org.jiceng.platform.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.jiceng.platform.shared.persistence.OwnerDatabase;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.domain.TenantData;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Finds the tenant's tables in the catalogue rather than in a hand-kept list — every table with a
 * {@code tenant_id} column — so a record family added by a later migration is exported and erased without a
 * change here. Erasure deletes referencing tables before referenced ones (foreign keys from {@code pg_constraint}).
 */
@ApplicationScoped
public class JdbcTenantData implements TenantData {
    /**
     * Operational state, not records: erased with the tenant but not exported, and no reason to refuse removing a
     * tenant that holds nothing else. The wrapped data key is useless outside this platform (the export carries
     * the personal data it protects decrypted), and stored idempotent responses are sealed under it.
     * Deadline reminders sent and webhook deliveries are the platform's bookkeeping of messages.
     */
    private static final Set<String> NOT_EXPORTED = Set.of("idempotency_record",
            "tenant_data_key", "deadline_notice", "webhook_delivery", "webhook_attempt");

    @Inject
    OwnerDatabase owner;
    @Inject
    org.jiceng.platform.shared.pii.PersonalData personalData;

    @Override
    public Map<String, Long> counts(String code) {
        try (Connection c = owner.connect()) {
            OwnerDatabase.bindTenant(c, code);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tablesChildrenFirst(c)) {
                if (!NOT_EXPORTED.contains(table)) {
                    counts.put(table, count(c, table, code));
                }
            }
            c.rollback();
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the tenant's records: " + e.getMessage(), e);
        }
    }

    @Override
    public ExportSummary export(Tenant tenant, String exportedBy, OutputStream out) {
        try (Connection c = owner.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for every file
            c.setReadOnly(true);
            OwnerDatabase.bindTenant(c, tenant.id());
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> decrypted = new LinkedHashMap<>();
            JsonArrayBuilder files = Json.createArrayBuilder();
            List<String> tables = new ArrayList<>(tablesChildrenFirst(c));
            java.util.Collections.reverse(tables); // parents first reads naturally: grid_node before what hangs on it
            for (String table : tables) {
                if (NOT_EXPORTED.contains(table)) {
                    continue;
                }
                long n = writeJsonLines(zip, table + ".jsonl", c,
                        "select row_to_json(t)::text from " + quote(table) + " t where tenant_id = ?", tenant.id(), files,
                        line -> decrypt(c, tenant.id(), table, line, decrypted));
                counts.put(table, n);
            }
            counts.put("access_log", writeJsonLines(zip, "access_log.jsonl", c,
                    "select row_to_json(t)::text from access_log t where tenant_code = ? order by occurred_at",
                    tenant.id(), files, line -> line));
            writeEntry(zip, "tenant.json", TenantRows.toJson(tenant).getBytes(StandardCharsets.UTF_8), files);
            String manifest = Json.createObjectBuilder()
                    .add("tenant", tenant.id())
                    .add("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                    .add("exportedBy", exportedBy)
                    .add("format", "JSON Lines, one row per line, columns as stored")
                    .add("files", files)
                    .build().toString();
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            c.rollback();
            return new ExportSummary(counts, decrypted);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not export tenant " + tenant.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Long> erase(String code) {
        try (Connection c = owner.connect()) {
            try {
                OwnerDatabase.bindTenant(c, code);
                Map<String, Long> deleted = new LinkedHashMap<>();
                for (String table : tablesChildrenFirst(c)) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "delete from " + quote(table) + " where tenant_id = ?")) {
                        ps.setString(1, code);
                        deleted.put(table, (long) ps.executeUpdate());
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("delete from tenant where id = ?")) {
                    ps.setString(1, code);
                    deleted.put("tenant", (long) ps.executeUpdate());
                }
                c.commit();
                return deleted;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase tenant " + code + ": " + e.getMessage(), e);
        }
    }

    /** Every table with a tenant_id column, each after all tables that reference it. */
    private static List<String> tablesChildrenFirst(Connection c) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select c.relname from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace "
                + "join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped "
                + "where n.nspname = current_schema() and c.relkind in ('r', 'p') order by c.relname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> referencedBy = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select child.relname, parent.relname from pg_constraint k "
                + "join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid "
                + "join pg_namespace n on n.oid = k.connamespace "
                + "where k.contype = 'f' and n.nspname = current_schema()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    referencedBy.computeIfAbsent(rs.getString(2), k -> new LinkedHashSet<>()).add(rs.getString(1));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String t : tables) {
            visit(t, tables, referencedBy, order, visiting);
        }
        return order;
    }

    private static void visit(String table, Set<String> tables, Map<String, Set<String>> referencedBy,
                              List<String> order, Set<String> visiting) {
        if (order.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String child : referencedBy.getOrDefault(table, Set.of())) {
            if (tables.contains(child)) {
                visit(child, tables, referencedBy, order, visiting);
            }
        }
        order.add(table);
    }

    private static long count(Connection c, String table, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from " + quote(table) + " where tenant_id = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private interface LineMapper {
        String map(String line) throws SQLException;
    }

    /** Columns named {@code *_enc} hold SM4 ciphertext: the export carries them decrypted, without the suffix. */
    private String decrypt(Connection c, String tenant, String table, String line, Map<String, Long> decrypted)
            throws SQLException {
        if (!line.contains("_enc\"")) {
            return line;
        }
        jakarta.json.JsonObject row;
        try (jakarta.json.JsonReader r = Json.createReader(new java.io.StringReader(line))) {
            row = r.readObject();
        }
        jakarta.json.JsonObjectBuilder out = Json.createObjectBuilder();
        for (Map.Entry<String, jakarta.json.JsonValue> e : row.entrySet()) {
            String key = e.getKey();
            if (key.endsWith("_enc") && e.getValue() instanceof jakarta.json.JsonString sealed) {
                String column = table + "." + key;
                out.add(key.substring(0, key.length() - 4),
                        personalData.open(c, tenant, column, sealed.getString()).orElse(null));
                decrypted.merge(column, 1L, Long::sum);
            } else if (key.endsWith("_enc")) {
                out.add(key.substring(0, key.length() - 4), jakarta.json.JsonValue.NULL);
            } else {
                out.add(key, e.getValue());
            }
        }
        return out.build().toString();
    }

    private static long writeJsonLines(ZipOutputStream zip, String name, Connection c, String sql, String code,
                                       JsonArrayBuilder files, LineMapper mapper) throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        DigestOutputStream digest = new DigestOutputStream(new KeepOpen(zip), sha);
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(500);
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    digest.write(mapper.map(rs.getString(1)).getBytes(StandardCharsets.UTF_8));
                    digest.write('\n');
                    n++;
                }
            }
        }
        digest.flush();
        zip.closeEntry();
        files.add(Json.createObjectBuilder().add("name", name).add("records", n)
                .add("sha256", HexFormat.of().formatHex(sha.digest())));
        return n;
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes, JsonArrayBuilder files)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        files.add(Json.createObjectBuilder().add("name", name).add("records", 1)
                .add("sha256", HexFormat.of().formatHex(sha256().digest(bytes))));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a digest stream be flushed without closing the ZIP entry beneath it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
