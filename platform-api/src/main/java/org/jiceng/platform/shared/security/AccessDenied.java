package org.jiceng.platform.shared.security;

/** The caller's roles do not grant the permission the operation needs (403). */
public class AccessDenied extends RuntimeException {
    public AccessDenied(Permission permission) {
        super("Your roles do not grant " + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ':'));
    }

    public AccessDenied(String message) {
        super(message);
    }
}
