package org.jiceng.platform.casework.application;

/**
 * A report as the caller sends it. {@code reporterExternalId} names the resident a vendor's app acts for;
 * the reporter's name and phone are personal data, encrypted at rest; {@code gridId} may be left out when a point is given: the case is then placed in the deepest grid containing it.
 *
 * @param crs            WGS84 (default), GCJ02 or BD09, as the point came from the map SDK
 * @param attachmentsJson photo references, a JSON array of {url, sha256}, already checked for shape
 */
public record NewCase(String title, String description, String categoryCode, String priority, String source,
                      String reporterExternalId, String reporterName, String reporterPhone, boolean anonymous, Double lon, Double lat, String crs,
                      String address, String gridId, String attachmentsJson,
                      java.util.Map<String, java.util.List<String>> attributes) {
}
