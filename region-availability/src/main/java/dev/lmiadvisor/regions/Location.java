package dev.lmiadvisor.regions;

/**
 * The place a Region is named after, with approximate coordinates. AWS does not publish data-centre
 * locations, so distances computed from these are for ranking neighbours only.
 *
 * @param place the place, as a person would write it
 * @param latitude degrees north, rounded to 0.1
 * @param longitude degrees east, rounded to 0.1
 * @param precision how much the name pins down: {@code city}, {@code area}, {@code state}, {@code
 *     country} or {@code broad}
 */
public record Location(String place, double latitude, double longitude, String precision) {

  /**
   * Mean Earth radius R1 of the Geodetic Reference System 1980 (Moritz, Journal of Geodesy 74,
   * 2000): 6,371,008.8 m. A sphere is accurate to about 0.5% for distances, far below the
   * uncertainty of the coordinates themselves.
   */
  static final double EARTH_MEAN_RADIUS_KM = 6371.0088;

  public Location {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "coordinates out of range for " + place + ": " + latitude + ", " + longitude);
    }
  }

  /** Great-circle distance by the haversine formula, which stays accurate for short distances. */
  public double distanceKm(Location other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double deltaPhi = phi2 - phi1;
    double deltaLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
            + Math.cos(phi1)
                * Math.cos(phi2)
                * Math.sin(deltaLambda / 2)
                * Math.sin(deltaLambda / 2);
    return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
