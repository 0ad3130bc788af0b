package dev.portico.platform.tenancy;

/** The persistence context properties that carry the tenant into EclipseLink's multitenancy. */
public final class Tenancy {

  public static final String ORGANIZATION = "portico.tenant.organization";
  public static final String LIVEMODE = "portico.tenant.livemode";

  /**
   * The query hint that lets one native SQL statement run: EclipseLink refuses native SQL once
   * multitenant entities exist, so that none slips past the tenant filter. A statement that sets it
   * names its tenant itself, or touches no tenant's rows.
   */
  public static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  private Tenancy() {}
}
