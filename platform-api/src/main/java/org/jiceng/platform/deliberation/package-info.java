/**
 * Deliberation (提—议—决—办—评): councils at grid nodes, topics from proposal to published result, their meetings
 * and online consultation, votes under a rule fixed when they open (with the registers their electorates come
 * from: property units and owners, bound residents, residents' group representatives), implementation tasks and
 * residents' evaluation. Owns the council, topic, vote, property and resident tables; reaches grid nodes and
 * households, departments and cases, Party organisations and community bodies, and volunteer teams through those
 * contexts' domain and application layers.
 */
package org.jiceng.platform.deliberation;
