package dev.portico.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class or method that answers without a credential. Everything under {@code /api}
 * that does not carry it requires one: a forgotten annotation fails closed. A credential sent to a
 * public endpoint is still checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {}
