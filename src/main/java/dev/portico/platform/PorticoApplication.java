package dev.portico.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
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
    servers =
        @Server(
            url = "/",
            description =
                "The Portico server that serves this document: the API is under /api/v1 on its"
                    + " configured public base URL (a relative URL, resolved against the address"
                    + " the document was read from)."),
    tags = {
      @Tag(name = "API", description = "The API itself: versions, changelog, connectivity checks."),
      @Tag(name = "API keys", description = "Keys of the caller's organization, in its mode."),
      @Tag(name = "Audit log", description = "Who changed what, when, and from where.")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key (sk_test_… or sk_live_…) as 'Authorization: Bearer <key>'.")
@SecurityScheme(
    securitySchemeName = "api_key",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    apiKeyName = "X-API-Key",
    description = "The same API key in the X-API-Key header.")
public class PorticoApplication extends Application {}
