package org.jiceng.platform.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.events.domain.TargetGuard;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Resolves a webhook target's host and refuses it if any of its addresses lies inside a private network: checked
 * when an endpoint is saved and again before every delivery, so a name later pointed at an internal address is
 * refused too. The development setting lets loopback through (a receiver on the developer's machine), nothing else.
 */
@ApplicationScoped
public class DnsTargetGuard implements TargetGuard {
    @Inject
    PlatformConfig config;

    @Override
    public void check(URI target) {
        check(target, config.webhooksAllowLoopback());
    }

    static void check(URI target, boolean loopbackAllowed) {
        String host = target.getHost();
        if (host == null) {
            throw new RuleViolation("url", "the URL has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RuleViolation("url", "the host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            String why = refusal(a, loopbackAllowed);
            if (why != null) {
                throw new RuleViolation("url", "the host " + host + " resolves to " + a.getHostAddress() + ", " + why
                        + ": webhook targets must be public");
            }
        }
    }

    /** Why the platform will not post to this address, or null when it may. */
    static String refusal(InetAddress a, boolean loopbackAllowed) {
        if (a.isLoopbackAddress()) {
            return loopbackAllowed ? null : "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0
                    && (b[2] & 0xff) == 0 || first == 198 && (second == 18 || second == 19) || first >= 240) {
                return "a reserved address";
            }
        }
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a private (unique local) address";
        }
        return null;
    }
}
