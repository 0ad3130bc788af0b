package dev.portico.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Whether a resource method reads a request body: a parameter JAX-RS injects from none else. */
final class EntityParameters {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          BeanParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          Context.class);

  private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();

  private EntityParameters() {}

  static boolean takesBody(Method method) {
    return TAKES_BODY.computeIfAbsent(method, EntityParameters::hasEntityParameter);
  }

  private static boolean hasEntityParameter(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean injected = false;
      for (Annotation annotation : parameter.getAnnotations()) {
        injected |= NOT_THE_BODY.contains(annotation.annotationType());
      }
      if (!injected) {
        return true;
      }
    }
    return false;
  }
}
