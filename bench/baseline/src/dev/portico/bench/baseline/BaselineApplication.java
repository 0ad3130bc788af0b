package dev.portico.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The smallest JAX-RS application Liberty can serve: no filters, no providers, no JSON binding.
 * It is the yardstick the bench compares Portico's endpoints against.
 */
@ApplicationPath("/")
public class BaselineApplication extends Application {}
