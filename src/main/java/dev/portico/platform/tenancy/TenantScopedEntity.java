package dev.portico.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumns;

/**
 * The one mechanism of tenant and mode isolation: every entity that extends this class is read,
 * written and deleted only within the organization and mode of the persistence context (see {@link
 * TenantEntityManager}). EclipseLink adds both columns to every query and fills them on insert; no
 * query names them by hand. The mapped fields are read-only mirrors for the API's {@code livemode}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumns({
  @TenantDiscriminatorColumn(name = "organization_id", contextProperty = Tenancy.ORGANIZATION),
  @TenantDiscriminatorColumn(name = "livemode", contextProperty = Tenancy.LIVEMODE)
})
public abstract class TenantScopedEntity {

  @Column(name = "organization_id", insertable = false, updatable = false)
  private String organizationId;

  @Column(name = "livemode", insertable = false, updatable = false)
  private boolean livemode;

  protected TenantScopedEntity() {}

  protected TenantScopedEntity(TenantKey tenant) {
    this.organizationId = tenant.organizationId();
    this.livemode = tenant.livemode();
  }

  public String organizationId() {
    return organizationId;
  }

  public boolean livemode() {
    return livemode;
  }
}
