package dev.portico.platform.address;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; every part optional, the country an ISO 3166-1 alpha-2 code. */
@Embeddable
public class Address {

  @Column(name = "address_line1")
  private String line1;

  @Column(name = "address_line2")
  private String line2;

  @Column(name = "address_city")
  private String city;

  @Column(name = "address_state")
  private String state;

  @Column(name = "address_postal_code")
  private String postalCode;

  @Column(name = "address_country")
  private String country;

  protected Address() {}

  public Address(
      String line1, String line2, String city, String state, String postalCode, String country) {
    this.line1 = line1;
    this.line2 = line2;
    this.city = city;
    this.state = state;
    this.postalCode = postalCode;
    this.country = country;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String city() {
    return city;
  }

  public String state() {
    return state;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }

  /** EclipseLink loads an embedded address whose columns are all null as an empty one. */
  public boolean isEmpty() {
    return line1 == null
        && line2 == null
        && city == null
        && state == null
        && postalCode == null
        && country == null;
  }
}
