/**
 * Open311 GeoReport v2: the tenant's case categories as services and its cases as service requests, for the
 * civic-tech clients that speak the standard (FixMyStreet, SeeClickFix, city apps).
 */
package org.jiceng.platform.open311;
