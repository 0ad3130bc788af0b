package dev.portico.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Portal sign-in through Jakarta Security: a Faces login page posts the credentials to {@code
 * SecurityContext.authenticate}; a request for a console page without a session is redirected to it
 * and, after signing in, back. The console's address space is protected in web.xml.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/portal/login", errorPage = "", useForwardToLogin = true))
public class PortalSecurity {}
