package dev.portico.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals secrets Portico must read back (webhook signing secrets) with AES-256-GCM, so a copy of the
 * database alone reveals none. The key is {@code portico.secrets.key} (base64 of 32 bytes); without
 * it, a key file made on first use ({@code portico.secrets.key-file}), which every server sharing
 * the database must then share. Each sealed value is bound to a context (what it belongs to), so
 * one cannot be moved to another object.
 */
@ApplicationScoped
public class SecretBox {

  private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
  private static final String VERSION = "v1:";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "portico.secrets.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "portico.secrets.key-file", defaultValue = "portico-secrets.key")
  String keyFile;

  private SecretKey key;

  @PostConstruct
  void loadKey() {
    byte[] bytes =
        configuredKey
            .filter(k -> !k.isBlank())
            .map(k -> Base64.getDecoder().decode(k.strip()))
            .orElseGet(this::keyFromFile);
    if (bytes.length != KEY_BYTES) {
      throw new IllegalStateException("portico.secrets.key must be the base64 of 32 bytes");
    }
    key = new SecretKeySpec(bytes, "AES");
  }

  public String seal(byte[] plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, nonce, context).apply(plain);
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted);
    return VERSION + Base64.getEncoder().encodeToString(out.array());
  }

  public byte[] open(String sealedText, String context) {
    if (!sealedText.startsWith(VERSION)) {
      throw new IllegalStateException("unknown sealed secret format");
    }
    byte[] all = Base64.getDecoder().decode(sealedText.substring(VERSION.length()));
    byte[] nonce = Arrays.copyOfRange(all, 0, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
    return cipher(Cipher.DECRYPT_MODE, nonce, context).apply(body);
  }

  private interface Step {
    byte[] apply(byte[] input);
  }

  private Step cipher(int mode, byte[] nonce, String context) {
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "a sealed secret could not be opened: is portico.secrets.key the one it was sealed"
                + " with?",
            e);
      }
    };
  }

  private byte[] keyFromFile() {
    Path path = Path.of(keyFile).toAbsolutePath();
    try {
      if (Files.exists(path)) {
        return Base64.getDecoder().decode(Files.readString(path).strip());
      }
      byte[] fresh = new byte[KEY_BYTES];
      RANDOM.nextBytes(fresh);
      Files.createDirectories(path.getParent());
      Files.writeString(path, Base64.getEncoder().encodeToString(fresh));
      try {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file keeps its folder's permissions.
      }
      LOG.warning(
          () ->
              "made a key for sealing secrets in "
                  + path
                  + "; servers that share a database must share it (portico.secrets.key)");
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or make the secrets key " + path, e);
    }
  }
}
