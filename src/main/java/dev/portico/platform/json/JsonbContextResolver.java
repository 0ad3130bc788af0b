package dev.portico.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands Portico's JSON-B configuration to the JAX-RS runtime. */
@Provider
public class JsonbContextResolver implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return PorticoJsonb.get();
  }
}
