package dev.portico.account.infra;

import dev.portico.account.SignInService;
import dev.portico.account.SignInService.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The portal's users for Jakarta Security: the caller name is the user's id (stable when the e-mail
 * changes), the one group is the role.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject SignInService signIn;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInResult result = signIn.check(credential.getCaller(), credential.getPassword().getValue());
    if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(result.user().id(), Set.of(result.user().role().text()));
  }
}
