package dev.portico.platform.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A client generated from the served document by OpenAPI Generator (Java, the JDK's HTTP client and
 * Jackson, failing on any property the document does not name) works against the server: paging,
 * creating and reading come back as the document says.
 */
class GeneratedClientIT {

  private static final String PACKAGE = "dev.portico.generated";

  @TempDir static Path work;

  private static URLClassLoader client;

  @BeforeAll
  static void generateAndCompileTheClient() throws IOException {
    HttpResponse<String> served = Api.get("/openapi", "Accept", "application/json");
    assertThat(served.statusCode(), is(200));
    Path spec = Files.writeString(work.resolve("openapi.json"), served.body());
    Path sources = work.resolve("client");
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName("java")
            .setLibrary("native")
            .setInputSpec(spec.toString())
            .setOutputDir(sources.toString())
            .setApiPackage(PACKAGE + ".api")
            .setModelPackage(PACKAGE + ".model")
            .setInvokerPackage(PACKAGE)
            .addAdditionalProperty("useJakartaEe", true)
            .addAdditionalProperty("openApiNullable", false)
            .addAdditionalProperty("hideGenerationTimestamp", true);
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

    Path classes = Files.createDirectories(work.resolve("classes"));
    compile(sources.resolve("src/main/java"), classes);
    client =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedClientIT.class.getClassLoader());
  }

  @Test
  void whenTheGeneratedClientListsTwoPagesCreatesACustomerAndReadsAKeyThenAllDeserializeStrictly()
      throws Exception {
    String name = "Generated " + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      Api.postJson(
          "/api/v1/customers", "{\"name\":\"" + name + " " + i + "\"}", Keys.bootstrapAuth());
    }
    Object apiClient = apiClient(Keys.bootstrap());
    Object customers = api("CustomersApi", apiClient);

    Object first = call(customers, "listCustomers", Map.of("limit", 2, "q", name));
    List<?> firstData = (List<?>) get(first, "getData");
    assertThat(firstData, hasSize(2));
    assertThat(get(first, "getHasMore"), is(true));
    String cursor = (String) get(first, "getNextCursor");
    Object second =
        call(customers, "listCustomers", Map.of("limit", 2, "q", name, "cursor", cursor));
    List<?> secondData = (List<?>) get(second, "getData");
    assertThat(secondData, hasSize(1));
    assertThat(get(secondData.get(0), "getCreatedAt"), is(not((Object) null)));

    Object request =
        client.loadClass(PACKAGE + ".model.CreateCustomerRequest").getConstructor().newInstance();
    request.getClass().getMethod("setName", String.class).invoke(request, name + " new");
    Object created = call(customers, "createCustomer", Map.of("createCustomerRequest", request));
    assertThat((String) get(created, "getId"), startsWith("cus_"));
    assertThat(get(created, "getLivemode"), is(false));

    String keyId = TestApiKeys.create("Generated client", "customers:read").getString("id");
    Object key = call(api("ApiKeysApi", apiClient), "retrieveApiKey", Map.of("id", keyId));
    assertThat(get(key, "getId"), is(keyId));
    assertThat(get(key, "getRateLimitOverride"), is(not((Object) null)));
    assertThat((List<?>) get(key, "getScopes"), is(not(empty())));
  }

  private static Object apiClient(String secret) throws Exception {
    Class<?> type = client.loadClass(PACKAGE + ".ApiClient");
    Object apiClient = type.getConstructor().newInstance();
    URI base = URI.create(Api.BASE_URL);
    type.getMethod("updateBaseUri", String.class).invoke(apiClient, base.toString());
    ObjectMapper mapper = (ObjectMapper) type.getMethod("getObjectMapper").invoke(apiClient);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Consumer<java.net.http.HttpRequest.Builder> authorize =
        builder -> builder.header("Authorization", "Bearer " + secret);
    type.getMethod("setRequestInterceptor", Consumer.class).invoke(apiClient, authorize);
    return apiClient;
  }

  private static Object api(String name, Object apiClient) throws Exception {
    return client
        .loadClass(PACKAGE + ".api." + name)
        .getConstructor(apiClient.getClass())
        .newInstance(apiClient);
  }

  /** Calls the operation with the arguments named; the parameters not named are left out. */
  private static Object call(Object api, String operation, Map<String, Object> named)
      throws Exception {
    Method method =
        Stream.of(api.getClass().getMethods())
            .filter(m -> m.getName().equals(operation))
            .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
            .orElseThrow(() -> new AssertionError("no operation " + operation));
    Parameter[] parameters = method.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = named.get(parameters[i].getName());
    }
    List<String> names = Stream.of(parameters).map(Parameter::getName).toList();
    assertThat(operation + " takes " + names, names.containsAll(named.keySet()), is(true));
    try {
      return method.invoke(api, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(operation + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static Object get(Object bean, String getter) throws Exception {
    return bean.getClass().getMethod(getter).invoke(bean);
  }

  private static void compile(Path sources, Path classes) throws IOException {
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      StringWriter output = new StringWriter();
      boolean compiled =
          compiler
              .getTask(
                  output,
                  fileManager,
                  diagnostics,
                  List.of(
                      "-proc:none",
                      "-parameters",
                      "-nowarn",
                      "-d",
                      classes.toString(),
                      "-classpath",
                      System.getProperty("java.class.path")),
                  null,
                  fileManager.getJavaFileObjectsFromFiles(files))
              .call();
      assertThat(diagnostics.getDiagnostics().toString() + output, compiled, is(true));
    }
  }
}
