package dev.portico.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public API, served under {@code /api}; versions live below it ({@code /api/v1}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Portico API",
            version = "v1",
            description =
                "The public API of a field-service business: customers, jobs, invoices and"
                    + " payments. JSON in snake_case, RFC 3339 UTC timestamps, RFC 9457 problems"
                    + " for every error, a Request-Id on every response.",
            license = @License(name = "Proprietary")),
    servers = @Server(url = "/", description = "This Portico server"),
    tags = {
      @Tag(name = "API", description = "The API itself: versions, changelog, connectivity checks.")
    })
public class PorticoApplication extends Application {}
