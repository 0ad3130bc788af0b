package dev.portico.platform.tenancy;

/** The persistence context properties that carry the tenant into EclipseLink's multitenancy. */
public final class Tenancy {

  public static final String ORGANIZATION = "portico.tenant.organization";
  public static final String LIVEMODE = "portico.tenant.livemode";

  private Tenancy() {}
}
