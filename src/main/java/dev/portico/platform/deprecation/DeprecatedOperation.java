package dev.portico.platform.deprecation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method as deprecated: its responses carry Deprecation, Sunset and Link headers.
 * Put Java's {@code @Deprecated} beside it so the OpenAPI document says {@code deprecated: true}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DeprecatedOperation {

  /** The day (ISO date, UTC) the operation became deprecated. */
  String since();

  /** The day (ISO date, UTC) after which the operation may stop answering. */
  String sunset();

  /** The path of the operation that replaces it. */
  String successor();
}
