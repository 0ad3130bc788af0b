package dev.portico.customer.domain;

import dev.portico.platform.address.Address;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.persistence.MetadataConverter;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A customer of one organization and mode. E-mail addresses are kept in lower case. */
@Entity
@Table(name = "customers")
public class Customer extends TenantScopedEntity {

  public static final String ID_PREFIX = "cus";

  @Id private String id;

  @Column(nullable = false)
  private String name;

  private String email;

  private String phone;

  @Embedded private Address address;

  @Convert(converter = MetadataConverter.class)
  @Column(nullable = false)
  private Map<String, String> metadata;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Customer() {}

  private Customer(TenantKey tenant, CustomerDetails details, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.createdAt = clock.instant();
    apply(details, createdAt);
  }

  public static Customer create(TenantKey tenant, CustomerDetails details, Clock clock) {
    return new Customer(tenant, details, clock);
  }

  /**
   * Replaces every detail; the caller builds {@code details} from the current ones plus a patch.
   */
  public void update(CustomerDetails details, Clock clock) {
    apply(details, clock.instant());
  }

  private void apply(CustomerDetails details, Instant now) {
    this.name = details.name();
    this.email = details.email() == null ? null : details.email().toLowerCase(Locale.ROOT);
    this.phone = details.phone();
    this.address = details.address();
    this.metadata = details.metadata();
    this.updatedAt = now;
  }

  public CustomerDetails details() {
    return new CustomerDetails(name, email, phone, address(), metadata);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  /** The address, or null when none is set. */
  public Address address() {
    return address == null || address.isEmpty() ? null : address;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
