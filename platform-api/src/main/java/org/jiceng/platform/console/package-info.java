/**
 * The browser console at {@code /console/}: a governance dashboard for a tenant's staff, signed in through the
 * tenant's realm with the authorisation code flow and PKCE. The console is a client of the public API like any
 * other: it computes no figure the API does not give.
 */
package org.jiceng.platform.console;
