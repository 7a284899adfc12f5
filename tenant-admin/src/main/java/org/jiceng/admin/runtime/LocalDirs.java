package org.jiceng.admin.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Where the local runtimes keep their files. */
public final class LocalDirs {
    private LocalDirs() {
    }

    /**
     * {@code JICENG_HOME} if set; else {@code ~/.jiceng}. As root, PostgreSQL runs as {@code nobody}, which cannot
     * enter {@code /root}: then {@code /var/tmp/jiceng}, a local folder that survives reboots.
     */
    public static Path home() {
        String configured = System.getenv("JICENG_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Processes.isRoot() ? Path.of("/var/tmp/jiceng") : Path.of(System.getProperty("user.home"), ".jiceng");
    }

    /** Whether every parent of {@code dir} lets other users pass (needed when PostgreSQL runs as nobody). */
    public static boolean traversableByOthers(Path dir) {
        try {
            for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
