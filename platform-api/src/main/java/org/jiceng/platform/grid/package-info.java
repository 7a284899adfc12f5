/**
 * Grid: the tenant's administrative tree (city → district → street → community → grid / compound → building), its
 * codes, boundaries, population roll-ups and point location. Every other context hangs its records on a grid
 * node, so this context depends on nothing but {@code shared}.
 */
package org.jiceng.platform.grid;
